using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>How the service is reached: <see cref="Mode"/> <c>vip</c> (one virtual IP) or <c>dnsrr</c> (DNS round robin over the tasks), and its published ports.</summary>
public sealed record SwarmEndpointSpec
{
    public string? Mode { get; init; }
    public ImmutableArray<SwarmPort> Ports { get; init; } = [];
}
