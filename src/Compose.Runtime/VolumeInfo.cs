using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record VolumeInfo
{
    public required string Name { get; init; }
    public required string Driver { get; init; }
    public string? Mountpoint { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
