using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record IpamPoolSpec
{
    public string? Subnet { get; init; }
    public string? IpRange { get; init; }
    public string? Gateway { get; init; }
    public ImmutableSortedDictionary<string, string> AuxAddresses { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
