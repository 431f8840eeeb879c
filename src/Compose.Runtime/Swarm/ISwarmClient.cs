namespace Compose.Runtime.Swarm;

/// <summary>
/// A swarm, through one of its managers: what a deploy target needs to observe and change a stack. Runtime-neutral
/// (specs, not wire types); <c>Docker.Swarm.DockerSwarmClient</c> speaks the Docker Engine's Swarm API. Split by
/// resource kind so a consumer can take the narrowest part it needs.
/// </summary>
public interface ISwarmClient : ISwarmCluster, ISwarmServices, ISwarmTasks, ISwarmNetworks, ISwarmObjects, ISwarmImages, IAsyncDisposable;
