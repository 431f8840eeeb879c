using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>One <c>ipam.config</c> entry.</summary>
public sealed record IpamPool
{
    public string? Subnet { get; init; }
    public string? IpRange { get; init; }
    public string? Gateway { get; init; }
    public ImmutableSortedDictionary<string, string> AuxAddresses { get; init; } = ModelMaps.Empty<string>();
}
