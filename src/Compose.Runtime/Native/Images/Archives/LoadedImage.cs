using System.Collections.Immutable;

namespace Compose.Runtime.Native.Images.Archives;

/// <summary>An image an archive brought in: its id and the names (familiar form) it now has, as <c>docker load</c> prints them.</summary>
public sealed record LoadedImage(string Id, ImmutableArray<string> Names);
