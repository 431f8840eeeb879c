using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>The processes in a container, as <c>ps</c> columns.</summary>
public sealed record TopResult(ImmutableArray<string> Titles, ImmutableArray<ImmutableArray<string>> Processes);
