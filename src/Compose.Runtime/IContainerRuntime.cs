namespace Compose.Runtime;

/// <summary>
/// The in-process runtime library's entry point: what a driver (the Docker Engine API, the daemonless native driver)
/// implements. It knows nothing of compose files or services; the only compose notion it has is "resources carrying
/// a label" for snapshots and filters. Split by resource kind so each consumer depends on the part it uses and a
/// driver can build each part from its own pieces. Every failure the user can act on is a
/// <see cref="Errors.ContainerRuntimeException"/>; what a driver cannot do it says in <see cref="IRuntimeEngine.GetCapabilitiesAsync"/>.
/// </summary>
public interface IContainerRuntime : IRuntimeEngine, IRuntimeContainers, IRuntimeExec, IRuntimeNetworks, IRuntimeVolumes, IRuntimeImages, IRuntimeEvents, IAsyncDisposable;
