using System.Collections.Immutable;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images;

namespace Compose.Runtime.Native;

/// <summary>
/// The daemonless driver (<c>--runtime native</c>): containers, networks, volumes, exec, logs and events from
/// <see cref="NativeEngine"/> (runc, conmon, netavark, the state directory and the per-project supervisors), images
/// from the native image store's <see cref="IRuntimeImages"/>.
/// </summary>
public sealed partial class NativeRuntime(NativeEngine engine, IRuntimeImages images) : IContainerRuntime
{
    /// <summary>What buildah-less hosts are told to install before a build (the Debian package names).</summary>
    public const string BuildahNeed = "install buildah and skopeo ('apt-get install buildah skopeo', or 'scripts/bootstrap --native')";

    /// <summary>
    /// What the native driver can do: builds through buildah (<see cref="CapabilitiesFor"/> says whether it is
    /// installed), no pushes, commit, links or volumes_from.
    /// </summary>
    public static RuntimeCapabilities Capabilities { get; } = new()
    {
        Driver = "native",
        Builds = true,
        Push = false,
        Pause = true,
        Commit = false,
        Export = true,
        VolumesFrom = false,
        Links = false,
        NetworksAtCreate = true,
        RunsHealthChecks = true,
        Checkpoint = false,
    };

    public NativeEngine Engine { get; } = engine;

    public Task<EngineInfo> GetEngineInfoAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new EngineInfo("composectl native runtime (runc, conmon, netavark)", typeof(NativeRuntime).Assembly.GetName().Version?.ToString(3) ?? "0.1.0",
            new Version(1, 0), "linux", System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant() switch { "x64" => "amd64", var a => a }));

    /// <summary>Asked per command rather than fixed, since buildah may be installed after composectl.</summary>
    public Task<RuntimeCapabilities> GetCapabilitiesAsync(CancellationToken cancellationToken) => Task.FromResult(CapabilitiesFor(NativeImages.CanBuild));

    /// <summary>The capabilities on a host with or without buildah (and skopeo, which hands it the base images).</summary>
    public static RuntimeCapabilities CapabilitiesFor(bool canBuild) =>
        canBuild ? Capabilities : Capabilities with { Builds = false, BuildsNeed = BuildahNeed };

    public Task<RuntimeSnapshot> SnapshotAsync(LabelFilter labelFilter, CancellationToken cancellationToken) => Engine.SnapshotAsync(labelFilter, cancellationToken);

    public IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, CancellationToken cancellationToken) => Engine.EventsAsync(filter, cancellationToken);

    public Task<string> CreateContainerAsync(ContainerCreateSpec spec, CancellationToken cancellationToken) => Engine.CreateContainerAsync(spec, cancellationToken);

    public Task<ImmutableArray<ContainerInfo>> ListContainersAsync(LabelFilter filter, bool all, CancellationToken cancellationToken) =>
        Engine.ListContainersAsync(filter, all, cancellationToken);

    public Task<ContainerDetails> InspectContainerAsync(string idOrName, CancellationToken cancellationToken) => Engine.InspectContainerAsync(idOrName, cancellationToken);

    public Task StartContainerAsync(string id, CancellationToken cancellationToken) => Engine.StartContainerAsync(id, cancellationToken);

    public Task StopContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken) => Engine.StopContainerAsync(id, timeout, cancellationToken);

    public Task RestartContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken) => Engine.RestartContainerAsync(id, timeout, cancellationToken);

    public Task KillContainerAsync(string id, string? signal, CancellationToken cancellationToken) => Engine.KillContainerAsync(id, signal, cancellationToken);

    public Task PauseContainerAsync(string id, CancellationToken cancellationToken) => Engine.PauseContainerAsync(id, cancellationToken);

    public Task UnpauseContainerAsync(string id, CancellationToken cancellationToken) => Engine.UnpauseContainerAsync(id, cancellationToken);

    public Task RenameContainerAsync(string id, string newName, CancellationToken cancellationToken) => Engine.RenameContainerAsync(id, newName, cancellationToken);

    public Task RemoveContainerAsync(string id, ContainerRemoveOptions options, CancellationToken cancellationToken) => Engine.RemoveContainerAsync(id, options, cancellationToken);

    public Task<ContainerExit> WaitContainerAsync(string id, WaitCondition condition, CancellationToken cancellationToken) => Engine.WaitContainerAsync(id, condition, cancellationToken);

    public Task<TopResult> TopAsync(string id, string? psArguments, CancellationToken cancellationToken) => Engine.TopAsync(id, psArguments, cancellationToken);

    public IAsyncEnumerable<ContainerStats> StatsAsync(string id, bool stream, CancellationToken cancellationToken) => Engine.StatsAsync(id, stream, cancellationToken);

    public Task ExportContainerAsync(string id, Stream destination, CancellationToken cancellationToken) => Engine.ExportContainerAsync(id, destination, cancellationToken);

    public Task<string> CommitContainerAsync(string id, ContainerCommitSpec spec, CancellationToken cancellationToken) =>
        throw new RuntimeCapabilityException("native", "commit containers to images", "use --runtime docker, or build the image with a Dockerfile");

    public async ValueTask DisposeAsync()
    {
        if (images is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }
    }
}
