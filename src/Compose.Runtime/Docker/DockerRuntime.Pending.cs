using System.Collections.Immutable;

namespace Compose.Runtime.Docker;

// TEMPORARY (runtime issue #4): operations declared by IContainerRuntime whose Docker implementation is being
// written on the runtime branch. This file must be empty and deleted before that issue is closed.
public sealed partial class DockerRuntime
{
    public Task<EngineInfo> GetEngineInfoAsync(CancellationToken cancellationToken) => throw Pending();

    public IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, CancellationToken cancellationToken) => throw Pending();

    public Task<ImmutableArray<ImageInfo>> ListImagesAsync(ImageListFilter filter, CancellationToken cancellationToken) => throw Pending();

    public IAsyncEnumerable<ImageProgress> PullImageAsync(ImagePullRequest request, CancellationToken cancellationToken) => throw Pending();

    public IAsyncEnumerable<ImageProgress> BuildImageAsync(ImageBuildSpec spec, Stream contextTar, CancellationToken cancellationToken) => throw Pending();

    public Task TagImageAsync(string source, string target, CancellationToken cancellationToken) => throw Pending();

    public IAsyncEnumerable<ImageProgress> PushImageAsync(string reference, CancellationToken cancellationToken) => throw Pending();

    public Task<ImmutableArray<string>> RemoveImageAsync(string reference, bool force, CancellationToken cancellationToken) => throw Pending();

    public IAsyncEnumerable<LogLine> GetLogsAsync(string id, LogOptions options, CancellationToken cancellationToken) => throw Pending();

    public Task<IContainerConnection> AttachContainerAsync(string id, AttachOptions options, CancellationToken cancellationToken) => throw Pending();

    public Task ResizeContainerTtyAsync(string id, int width, int height, CancellationToken cancellationToken) => throw Pending();

    public Task<TopResult> TopAsync(string id, string? psArguments, CancellationToken cancellationToken) => throw Pending();

    public IAsyncEnumerable<ContainerStats> StatsAsync(string id, bool stream, CancellationToken cancellationToken) => throw Pending();

    public Task<ContainerPathStat?> StatContainerPathAsync(string id, string path, CancellationToken cancellationToken) => throw Pending();

    public Task<ContainerArchive> GetArchiveAsync(string id, string path, CancellationToken cancellationToken) => throw Pending();

    public Task PutArchiveAsync(string id, string directory, Stream tar, bool copyOwnership, CancellationToken cancellationToken) => throw Pending();

    public Task<string> CreateExecAsync(string containerId, ExecSpec spec, CancellationToken cancellationToken) => throw Pending();

    public Task<IContainerConnection> StartExecAsync(string execId, bool tty, CancellationToken cancellationToken) => throw Pending();

    public Task StartExecDetachedAsync(string execId, CancellationToken cancellationToken) => throw Pending();

    public Task<ExecInfo> InspectExecAsync(string execId, CancellationToken cancellationToken) => throw Pending();

    public Task ResizeExecTtyAsync(string execId, int width, int height, CancellationToken cancellationToken) => throw Pending();

    private static NotImplementedException Pending([System.Runtime.CompilerServices.CallerMemberName] string operation = "") =>
        new($"{operation} is not implemented in the Docker driver yet (runtime issue #4).");
}
