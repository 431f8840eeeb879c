using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record LogConfigSpec(string? Driver, ImmutableSortedDictionary<string, string> Options);
