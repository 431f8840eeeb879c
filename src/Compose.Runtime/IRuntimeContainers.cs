using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>A container's lifecycle, what it runs (top, stats) and its filesystem as a whole (export, commit).</summary>
public interface IRuntimeContainers
{
    /// <summary>Creates a container (joining all its networks before it can start) and returns its id.</summary>
    Task<string> CreateContainerAsync(ContainerCreateSpec spec, CancellationToken cancellationToken);

    Task<ImmutableArray<ContainerInfo>> ListContainersAsync(LabelFilter filter, bool all, CancellationToken cancellationToken);

    Task<ContainerDetails> InspectContainerAsync(string idOrName, CancellationToken cancellationToken);

    Task StartContainerAsync(string id, CancellationToken cancellationToken);

    /// <summary>Stops a container, killing it after <paramref name="timeout"/> (the container's own stop timeout when null).</summary>
    Task StopContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken);

    Task RestartContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken);

    /// <summary>Sends a signal (<c>SIGKILL</c> when null).</summary>
    Task KillContainerAsync(string id, string? signal, CancellationToken cancellationToken);

    Task PauseContainerAsync(string id, CancellationToken cancellationToken);

    Task UnpauseContainerAsync(string id, CancellationToken cancellationToken);

    Task RenameContainerAsync(string id, string newName, CancellationToken cancellationToken);

    Task RemoveContainerAsync(string id, ContainerRemoveOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// For engines whose <see cref="RuntimeCapabilities.RunsHealthChecks"/> is false (Podman 4.3 runs them from systemd timers, which do
    /// not exist in most CI containers): runs the container's health check at its interval until cancelled, so a
    /// wait for health can end. Engines that run them return at once (the default).
    /// </summary>
    Task DriveHealthChecksAsync(string id, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits until the condition holds and returns the exit code.</summary>
    Task<ContainerExit> WaitContainerAsync(string id, WaitCondition condition, CancellationToken cancellationToken);

    Task<TopResult> TopAsync(string id, string? psArguments, CancellationToken cancellationToken);

    /// <summary>Resource usage samples: one, or a stream (about one a second) when <paramref name="stream"/> is true.</summary>
    IAsyncEnumerable<ContainerStats> StatsAsync(string id, bool stream, CancellationToken cancellationToken);

    /// <summary>Writes the container's whole filesystem, as a tar archive, to <paramref name="destination"/> as it arrives.</summary>
    Task ExportContainerAsync(string id, Stream destination, CancellationToken cancellationToken);

    /// <summary>Makes an image of the container's filesystem and configuration; returns the new image's id.</summary>
    Task<string> CommitContainerAsync(string id, ContainerCommitSpec spec, CancellationToken cancellationToken);
}
