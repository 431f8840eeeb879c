using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>A network's <c>ipam:</c> block.</summary>
public sealed record NetworkIpam
{
    public string? Driver { get; init; }
    public ImmutableArray<IpamPool> Config { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ModelMaps.Empty<string>();
}
