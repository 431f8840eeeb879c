using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>
/// Secrets and configs: immutable objects the swarm stores and hands to tasks as files. Their data cannot change,
/// so a new content is a new object (see the deploy target's versioned names).
/// </summary>
public interface ISwarmObjects
{
    /// <summary>The objects carrying every label of <paramref name="filter"/>; null lists them all.</summary>
    Task<ImmutableArray<SwarmObject>> ListObjectsAsync(SwarmObjectKind kind, LabelFilter? filter, CancellationToken cancellationToken);

    Task<string> CreateObjectAsync(SwarmObjectKind kind, SwarmObjectSpec spec, CancellationToken cancellationToken);

    Task RemoveObjectAsync(SwarmObjectKind kind, string idOrName, CancellationToken cancellationToken);
}
