using Compose.Archives;
using Compose.Execution.Waiting;
using Compose.Planning.Steps;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Execution;

/// <summary>Carries out one step: one runtime call (or one wait), with its progress events. Makes no decisions.</summary>
internal sealed class StepRunner(IContainerRuntime runtime, IProgressSink progress, StepResults results, ServiceWaitRunner waits)
{
    private readonly HookRunner _hooks = new(runtime, progress);

    public Task RunAsync(PlanStep step, CancellationToken cancellationToken) => step switch
    {
        CreateNetworkStep s => Report("Network", s.Spec.Name, "Creating", "Created", () => runtime.CreateNetworkAsync(s.Spec, cancellationToken)),
        RemoveNetworkStep s => RemoveNetworkAsync(s, cancellationToken),
        CreateVolumeStep s => Report("Volume", s.Spec.Name, "Creating", "Created", () => runtime.CreateVolumeAsync(s.Spec, cancellationToken)),
        RemoveVolumeStep s => RemoveVolumeAsync(s, cancellationToken),
        CreateContainerStep s => CreateContainerAsync(s, cancellationToken),
        StartContainerStep s => Report("Container", s.Container.Name, "Starting", "Started", () => StartAsync(s, cancellationToken)),
        StopContainerStep s => Report("Container", s.Container.Name, "Stopping", "Stopped", () => runtime.StopContainerAsync(Id(s.Container), s.Timeout, cancellationToken)),
        RunHookStep s => _hooks.RunAsync(s, Id(s.Container), cancellationToken),
        RemoveContainerStep s => Report("Container", s.Container.Name, "Removing", "Removed", () => IgnoreMissing(runtime.RemoveContainerAsync(
            Id(s.Container), new ContainerRemoveOptions(Force: s.Force, RemoveAnonymousVolumes: s.RemoveAnonymousVolumes), cancellationToken))),
        RenameContainerStep s => runtime.RenameContainerAsync(Id(s.Container), s.NewName, cancellationToken),
        RestartContainerStep s => Report("Container", s.Container.Name, "Restarting", "Started", () => runtime.RestartContainerAsync(Id(s.Container), s.Timeout, cancellationToken)),
        KillContainerStep s => Report("Container", s.Container.Name, "Killing", "Killed", () => IgnoreNotRunning(() => runtime.KillContainerAsync(Id(s.Container), s.Signal, cancellationToken))),
        PauseContainerStep s => Report("Container", s.Container.Name, "Pausing", "Paused", () => runtime.PauseContainerAsync(Id(s.Container), cancellationToken)),
        UnpauseContainerStep s => Report("Container", s.Container.Name, "Unpausing", "Unpaused", () => runtime.UnpauseContainerAsync(Id(s.Container), cancellationToken)),
        ConnectNetworkStep s => Report("Container", s.Container.Name, "Connecting", "Connected", () => runtime.ConnectNetworkAsync(s.Attachment.NetworkName, Id(s.Container), s.Attachment, cancellationToken)),
        DisconnectNetworkStep s => Report("Container", s.Container.Name, "Disconnecting", "Disconnected", () => runtime.DisconnectNetworkAsync(s.NetworkName, Id(s.Container), force: true, cancellationToken)),
        RemoveImageStep s => RemoveImageAsync(s, cancellationToken),
        WaitForServiceStep s => waits.RunAsync(s, results, cancellationToken),
        CopyFilesStep s => CopyFilesAsync(s, cancellationToken),
        _ => throw new NotSupportedException($"no runner for {step.Action} steps"),
    };

    private string Id(ContainerRef container) => results.ContainerId(container);

    private async Task CreateContainerAsync(CreateContainerStep step, CancellationToken cancellationToken)
    {
        var id = await Report("Container", step.DisplayName, step.Recreate ? "Recreate" : "Creating", step.Recreate ? "Recreated" : "Created",
            () => runtime.CreateContainerAsync(step.Spec, cancellationToken)).ConfigureAwait(false);
        results.SetContainerId(step.Id, id);
        results.SetContainerLabels(step.Id, step.Spec.Labels);
    }

    /// <summary>
    /// Secrets and configs go in as one archive whose entries carry the owner and mode the file asks for (the engine
    /// creates missing directories). Not with copyUIDGID: that gives every file to the container's <c>user:</c>,
    /// resolved on the engine's host, whatever <c>uid</c>/<c>gid</c> say.
    /// </summary>
    private async Task CopyFilesAsync(CopyFilesStep step, CancellationToken cancellationToken)
    {
        await using var archive = await FileArchive.BuildAsync(step.Files, cancellationToken).ConfigureAwait(false);
        await runtime.PutArchiveAsync(Id(step.Container), "/", archive, copyOwnership: false, cancellationToken).ConfigureAwait(false);
    }

    private Task RemoveNetworkAsync(RemoveNetworkStep step, CancellationToken cancellationToken) =>
        Report("Network", step.NetworkName, "Removing", "Removed", async () =>
        {
            try
            {
                await runtime.RemoveNetworkAsync(step.NetworkId ?? step.NetworkName, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (ResourceConflictException) when (step.KeepWhenInUse)
            {
                return false;
            }
        }, removed => removed ? null : ProgressEvent.Warning("Network", step.NetworkName, "Resource is still in use") with
        {
            Detail = "a container outside this project is connected to it; the network is kept",
        });

    private async Task StartAsync(StartContainerStep step, CancellationToken cancellationToken)
    {
        try
        {
            try
            {
                await runtime.StartContainerAsync(Id(step.Container), cancellationToken).ConfigureAwait(false);
            }
            catch (StaleTaskException e) when (step.Replacement is { } replacement)
            {
                await ReplaceStaleAsync(step, replacement, e, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (PortAlreadyAllocatedException e)
        {
            // A one-off's resource is its container; the labels it was created with name its service. (Not the
            // engine's: a --rm container whose start fails is already gone.)
            throw PortConflict.Describe(step.Container.Name, step.Resource, results.ContainerLabels(step.Container), e);
        }
    }

    /// <summary>
    /// The container cannot be started while the engine holds its task from before it died: it is removed, made again
    /// as the planner specified (<see cref="StartContainerStep.Replacement"/>) and started, saying so.
    /// </summary>
    private async Task ReplaceStaleAsync(StartContainerStep step, StaleTaskReplacement replacement, StaleTaskException stale, CancellationToken cancellationToken)
    {
        progress.Report(ProgressEvent.Warning("Container", step.Container.Name, "Recreate") with
        {
            Detail = $"the engine still holds a task from before it stopped ({stale.EngineMessage}); recreating the container",
        });
        await runtime.RemoveContainerAsync(Id(step.Container), new ContainerRemoveOptions(Force: true, RemoveAnonymousVolumes: false), cancellationToken).ConfigureAwait(false);
        var id = await runtime.CreateContainerAsync(replacement.Spec, cancellationToken).ConfigureAwait(false);
        results.Replace(step.Container, id);
        if (!replacement.Files.IsEmpty)
        {
            await using var archive = await FileArchive.BuildAsync(replacement.Files, cancellationToken).ConfigureAwait(false);
            await runtime.PutArchiveAsync(id, "/", archive, copyOwnership: false, cancellationToken).ConfigureAwait(false);
        }

        await runtime.StartContainerAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An anonymous volume still used elsewhere, or already removed with its container, is left alone.</summary>
    private Task RemoveVolumeAsync(RemoveVolumeStep step, CancellationToken cancellationToken) =>
        Report("Volume", step.VolumeName, "Removing", "Removed", async () =>
        {
            try
            {
                await runtime.RemoveVolumeAsync(step.VolumeName, force: false, cancellationToken).ConfigureAwait(false);
            }
            catch (ContainerRuntimeException e) when (step.SkipWhenInUse && e is ResourceConflictException or ResourceNotFoundException)
            {
            }
        });

    /// <summary>An image still used by another container is kept with a warning, as docker compose does.</summary>
    private async Task RemoveImageAsync(RemoveImageStep step, CancellationToken cancellationToken)
    {
        try
        {
            await Report("Image", step.Reference, "Removing", "Removed", () => IgnoreMissing(runtime.RemoveImageAsync(step.Reference, force: false, cancellationToken))).ConfigureAwait(false);
        }
        catch (ResourceConflictException e)
        {
            progress.Report(ProgressEvent.Warning("Image", step.Reference, "In use") with { Detail = e.EngineMessage });
        }
    }

    /// <summary>Removing what is already gone is done, not failed: another run (or the user) got there first.</summary>
    private static async Task IgnoreMissing(Task removal)
    {
        try
        {
            await removal.ConfigureAwait(false);
        }
        catch (ContainerRuntimeException e) when (e is ResourceNotFoundException or ImageNotFoundException)
        {
        }
    }

    /// <summary>
    /// A container that stopped between the observation and the kill (a graceful stop a second Ctrl+C cut short, which
    /// the engine still finished; a process that exited) is where the kill was taking it: done, not failed. The
    /// engines answer a conflict ("is not running", "container state improper").
    /// </summary>
    private static async Task IgnoreNotRunning(Func<Task> kill)
    {
        try
        {
            await kill().ConfigureAwait(false);
        }
        catch (ContainerRuntimeException e) when (e is ResourceConflictException or ResourceNotFoundException)
        {
        }
    }

    private Task Report(string kind, string name, string working, string done, Func<Task> action) =>
        Report(kind, name, working, done, async () =>
        {
            await action().ConfigureAwait(false);
            return "";
        });

    /// <param name="outcome">The event that ends the work instead of the usual done one (a kept resource's warning), or null.</param>
    private async Task<T> Report<T>(string kind, string name, string working, string done, Func<Task<T>> action, Func<T, ProgressEvent?>? outcome = null)
    {
        progress.Report(ProgressEvent.Working(kind, name, working));
        try
        {
            var result = await action().ConfigureAwait(false);
            progress.Report(outcome?.Invoke(result) ?? ProgressEvent.Done(kind, name, done));
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            progress.Report(ProgressEvent.Error(kind, name, "Error", e.Message));
            throw;
        }
    }
}
