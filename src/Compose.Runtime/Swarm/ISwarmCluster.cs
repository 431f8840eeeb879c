using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>The swarm itself: whether the engine is part of one (and a manager), and its nodes.</summary>
public interface ISwarmCluster
{
    /// <summary>What the engine says of its swarm membership; never throws because the engine is not in a swarm.</summary>
    Task<SwarmState> GetStateAsync(CancellationToken cancellationToken);

    Task<ImmutableArray<SwarmNode>> ListNodesAsync(CancellationToken cancellationToken);

    /// <summary>Where the client connects, for messages (<c>unix:///var/run/docker.sock (DOCKER_HOST)</c>).</summary>
    string EndpointDescription { get; }
}
