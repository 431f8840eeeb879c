using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

public sealed record SwarmDnsConfig
{
    public ImmutableArray<string> Nameservers { get; init; } = [];
    public ImmutableArray<string> Search { get; init; } = [];
    public ImmutableArray<string> Options { get; init; } = [];
}
