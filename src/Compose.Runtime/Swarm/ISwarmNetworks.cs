using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>Swarm-scoped networks (overlay), created on a manager and extended to nodes as tasks need them.</summary>
public interface ISwarmNetworks
{
    /// <summary>Networks carrying every label of <paramref name="filter"/>; null lists them all.</summary>
    Task<ImmutableArray<SwarmNetwork>> ListNetworksAsync(LabelFilter? filter, CancellationToken cancellationToken);

    Task<string> CreateNetworkAsync(NetworkCreateSpec spec, CancellationToken cancellationToken);

    Task RemoveNetworkAsync(string idOrName, CancellationToken cancellationToken);
}
