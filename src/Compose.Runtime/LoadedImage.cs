using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>
/// An image an archive brought in (<c>image load</c>): its id and the names (familiar form, <c>busybox:latest</c>) it
/// now has; no names for an untagged image. <c>docker load</c> prints one <c>Loaded image: NAME</c> per name, else
/// <c>Loaded image ID: ID</c>.
/// </summary>
public sealed record LoadedImage(string Id, ImmutableArray<string> Names);
