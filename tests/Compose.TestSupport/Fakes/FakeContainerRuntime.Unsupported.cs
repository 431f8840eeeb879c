using System.Collections.Immutable;
using Compose.Runtime;

namespace Compose.TestSupport.Fakes;

/// <summary>Operations the planner and executor tests do not need; a test that reaches one fails loudly.</summary>
public sealed partial class FakeContainerRuntime
{
    public Task<EngineInfo> GetEngineInfoAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new EngineInfo("Fake Engine", "0.0.0", new Version(1, 41), "linux", "amd64"));

    public Task<ImmutableArray<ImageInfo>> ListImagesAsync(ImageListFilter filter, CancellationToken cancellationToken) => throw NotSimulated();


    public Task ResizeContainerTtyAsync(string id, int width, int height, CancellationToken cancellationToken) => throw NotSimulated();

    public Task<TopResult> TopAsync(string id, string? psArguments, CancellationToken cancellationToken) => throw NotSimulated();

    public IAsyncEnumerable<ContainerStats> StatsAsync(string id, bool stream, CancellationToken cancellationToken) => throw NotSimulated();

    public Task<ContainerPathStat?> StatContainerPathAsync(string id, string path, CancellationToken cancellationToken) => throw NotSimulated();

    public Task<ContainerArchive> GetArchiveAsync(string id, string path, CancellationToken cancellationToken) => throw NotSimulated();

    public Task ExportContainerAsync(string id, Stream destination, CancellationToken cancellationToken) => throw NotSimulated();

    public Task<string> CommitContainerAsync(string id, ContainerCommitSpec spec, CancellationToken cancellationToken) => throw NotSimulated();

    public Task StartExecDetachedAsync(string execId, CancellationToken cancellationToken) => throw NotSimulated();

    public Task ResizeExecTtyAsync(string execId, int width, int height, CancellationToken cancellationToken) => throw NotSimulated();

    private static NotSupportedException NotSimulated([System.Runtime.CompilerServices.CallerMemberName] string operation = "") =>
        new($"FakeContainerRuntime does not simulate {operation}; extend the fake when a test needs it.");
}
