namespace Compose.Runtime;

/// <summary>
/// The in-process runtime library's single entry point: creates networks, volumes and containers from
/// runtime-neutral specs and reports what exists. It knows nothing of compose files or services;
/// the only compose notion it has is "resources carrying a project label" for snapshots.
/// </summary>
public interface IContainerRuntime : IAsyncDisposable
{
    /// <summary>Everything (containers including stopped ones, networks, volumes) whose labels match <paramref name="labelFilter"/>.</summary>
    Task<RuntimeSnapshot> SnapshotAsync(LabelFilter labelFilter, CancellationToken cancellationToken);

    Task<ImageInfo?> InspectImageAsync(string reference, CancellationToken cancellationToken);

    Task<string> CreateNetworkAsync(NetworkCreateSpec spec, CancellationToken cancellationToken);

    Task RemoveNetworkAsync(string idOrName, CancellationToken cancellationToken);

    Task<string> CreateVolumeAsync(VolumeCreateSpec spec, CancellationToken cancellationToken);

    Task RemoveVolumeAsync(string name, CancellationToken cancellationToken);

    /// <summary>Creates a container and returns its id.</summary>
    Task<string> CreateContainerAsync(ContainerCreateSpec spec, CancellationToken cancellationToken);

    Task StartContainerAsync(string id, CancellationToken cancellationToken);

    /// <summary>Stops a container, killing it after <paramref name="timeout"/> (engine default when null).</summary>
    Task StopContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken);

    Task RemoveContainerAsync(string id, ContainerRemoveOptions options, CancellationToken cancellationToken);

    Task<ContainerDetails> InspectContainerAsync(string id, CancellationToken cancellationToken);
}
