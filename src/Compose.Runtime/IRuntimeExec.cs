namespace Compose.Runtime;

/// <summary>
/// Streams into and out of containers: logs, attach, exec sessions and file archives. Kept apart from the lifecycle
/// because these are the calls a driver implements with I/O plumbing (hijacked HTTP, conmon sockets), not state changes.
/// </summary>
public interface IRuntimeExec
{
    /// <summary>Log lines as they are read (with <see cref="LogOptions.Follow"/>, until the container stops or the token is cancelled).</summary>
    IAsyncEnumerable<LogLine> GetLogsAsync(string id, LogOptions options, CancellationToken cancellationToken);

    /// <summary>Attaches to a container's standard streams.</summary>
    Task<IContainerConnection> AttachContainerAsync(string id, AttachOptions options, CancellationToken cancellationToken);

    /// <summary>Resizes a container's TTY.</summary>
    Task ResizeContainerTtyAsync(string id, int width, int height, CancellationToken cancellationToken);

    /// <summary>The path's stat, or null when it does not exist in the container.</summary>
    Task<ContainerPathStat?> StatContainerPathAsync(string id, string path, CancellationToken cancellationToken);

    /// <summary>A tar archive of a path in the container.</summary>
    Task<ContainerArchive> GetArchiveAsync(string id, string path, CancellationToken cancellationToken);

    /// <summary>
    /// Extracts a tar archive into a directory of the container, keeping the owners its entries carry; with
    /// <paramref name="copyOwnership"/> (<c>cp -a</c>) every extracted file goes to the container's configured user
    /// instead, when it has one (how the user's name is resolved is the driver's to say).
    /// </summary>
    Task PutArchiveAsync(string id, string directory, Stream tar, bool copyOwnership, CancellationToken cancellationToken);



    /// <summary>Creates an exec session in a running container and returns its id.</summary>
    Task<string> CreateExecAsync(string containerId, ExecSpec spec, CancellationToken cancellationToken);

    /// <summary>Starts an exec session attached to its streams (<paramref name="tty"/> must match its spec).</summary>
    Task<IContainerConnection> StartExecAsync(string execId, bool tty, CancellationToken cancellationToken);

    /// <summary>Starts an exec session in the background.</summary>
    Task StartExecDetachedAsync(string execId, CancellationToken cancellationToken);

    Task<ExecInfo> InspectExecAsync(string execId, CancellationToken cancellationToken);

    Task ResizeExecTtyAsync(string execId, int width, int height, CancellationToken cancellationToken);
}
