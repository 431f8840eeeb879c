namespace Compose.Runtime;

public partial interface IContainerRuntime
{
    /// <summary>Creates an exec session in a running container and returns its id.</summary>
    Task<string> CreateExecAsync(string containerId, ExecSpec spec, CancellationToken cancellationToken);

    /// <summary>Starts an exec session attached to its streams (<paramref name="tty"/> must match its spec).</summary>
    Task<IContainerConnection> StartExecAsync(string execId, bool tty, CancellationToken cancellationToken);

    /// <summary>Starts an exec session in the background.</summary>
    Task StartExecDetachedAsync(string execId, CancellationToken cancellationToken);

    Task<ExecInfo> InspectExecAsync(string execId, CancellationToken cancellationToken);

    Task ResizeExecTtyAsync(string execId, int width, int height, CancellationToken cancellationToken);
}
