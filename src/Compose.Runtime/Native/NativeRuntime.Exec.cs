namespace Compose.Runtime.Native;

public sealed partial class NativeRuntime
{
    public IAsyncEnumerable<LogLine> GetLogsAsync(string id, LogOptions options, CancellationToken cancellationToken) => Engine.GetLogsAsync(id, options, cancellationToken);

    public Task<IContainerConnection> AttachContainerAsync(string id, AttachOptions options, CancellationToken cancellationToken) =>
        Engine.AttachContainerAsync(id, options, cancellationToken);

    /// <summary>conmon owns the container's terminal; its size follows the terminal it was created with.</summary>
    public Task ResizeContainerTtyAsync(string id, int width, int height, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<ContainerPathStat?> StatContainerPathAsync(string id, string path, CancellationToken cancellationToken) => Engine.StatContainerPathAsync(id, path, cancellationToken);

    public Task<ContainerArchive> GetArchiveAsync(string id, string path, CancellationToken cancellationToken) => Engine.GetArchiveAsync(id, path, cancellationToken);

    public Task PutArchiveAsync(string id, string directory, Stream tar, bool copyOwnership, CancellationToken cancellationToken) =>
        Engine.PutArchiveAsync(id, directory, tar, copyOwnership, cancellationToken);

    public Task<string> CreateExecAsync(string containerId, ExecSpec spec, CancellationToken cancellationToken) => Engine.CreateExecAsync(containerId, spec, cancellationToken);

    public Task<IContainerConnection> StartExecAsync(string execId, bool tty, CancellationToken cancellationToken) => Engine.StartExecAsync(execId, tty, cancellationToken);

    public Task StartExecDetachedAsync(string execId, CancellationToken cancellationToken) => Engine.StartExecDetachedAsync(execId, cancellationToken);

    public Task<ExecInfo> InspectExecAsync(string execId, CancellationToken cancellationToken) => Engine.InspectExecAsync(execId, cancellationToken);

    /// <summary>The exec's terminal is <c>script</c>'s; its size is not changed afterwards.</summary>
    public Task ResizeExecTtyAsync(string execId, int width, int height, CancellationToken cancellationToken) => Task.CompletedTask;
}
