using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record VolumeCreateSpec
{
    public required string Name { get; init; }
    public string Driver { get; init; } = "local";
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
