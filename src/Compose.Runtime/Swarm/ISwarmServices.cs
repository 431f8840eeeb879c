using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>
/// Swarm services. Specs name their networks, secrets and configs by name; the driver resolves what the engine needs
/// (ids) and maps what it reads back to names, so an observed spec compares equal to the spec it was made from.
/// </summary>
public interface ISwarmServices
{
    /// <summary>The services carrying every label of <paramref name="filter"/>, with their running and desired task counts.</summary>
    Task<ImmutableArray<SwarmService>> ListServicesAsync(LabelFilter filter, CancellationToken cancellationToken);

    Task<SwarmService?> InspectServiceAsync(string idOrName, CancellationToken cancellationToken);

    Task<SwarmWriteResult> CreateServiceAsync(SwarmServiceSpec spec, CancellationToken cancellationToken);

    /// <summary>Replaces the spec of the service at <paramref name="version"/> (the engine refuses a stale version).</summary>
    Task<SwarmWriteResult> UpdateServiceAsync(string id, ulong version, SwarmServiceSpec spec, CancellationToken cancellationToken);

    /// <summary>Returns the service to the spec it had before its last update (the engine keeps it).</summary>
    Task<SwarmWriteResult> RollbackServiceAsync(string id, ulong version, CancellationToken cancellationToken);

    Task RemoveServiceAsync(string id, CancellationToken cancellationToken);
}
