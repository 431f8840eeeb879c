using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Execution;

/// <summary>Carries out one step: one runtime call, with its progress events. Makes no decisions.</summary>
internal sealed class StepRunner(IContainerRuntime runtime, IProgressSink progress, StepResults results)
{
    public async Task RunAsync(PlanStep step, CancellationToken cancellationToken)
    {
        switch (step)
        {
            case CreateNetworkStep s:
                await Report("Network", s.Spec.Name, "Creating", "Created", () => runtime.CreateNetworkAsync(s.Spec, cancellationToken)).ConfigureAwait(false);
                break;
            case RemoveNetworkStep s:
                await Report("Network", s.NetworkName, "Removing", "Removed", () => runtime.RemoveNetworkAsync(s.NetworkName, cancellationToken)).ConfigureAwait(false);
                break;
            case CreateVolumeStep s:
                await Report("Volume", s.Spec.Name, "Creating", "Created", () => runtime.CreateVolumeAsync(s.Spec, cancellationToken)).ConfigureAwait(false);
                break;
            case RemoveVolumeStep s:
                await Report("Volume", s.VolumeName, "Removing", "Removed", () => runtime.RemoveVolumeAsync(s.VolumeName, force: false, cancellationToken)).ConfigureAwait(false);
                break;
            case CreateContainerStep s:
                var id = await Report("Container", s.Spec.Name, "Creating", "Created", () => runtime.CreateContainerAsync(s.Spec, cancellationToken)).ConfigureAwait(false);
                results.SetContainerId(s.Id, id);
                break;
            case StartContainerStep s:
                await Report("Container", s.Container.Name, "Starting", "Started", () => runtime.StartContainerAsync(results.ContainerId(s.Container), cancellationToken)).ConfigureAwait(false);
                break;
            case StopContainerStep s:
                await Report("Container", s.Container.Name, "Stopping", "Stopped", () => runtime.StopContainerAsync(results.ContainerId(s.Container), s.Timeout, cancellationToken)).ConfigureAwait(false);
                break;
            case RemoveContainerStep s:
                await Report("Container", s.Container.Name, "Removing", "Removed", () => runtime.RemoveContainerAsync(
                    results.ContainerId(s.Container), new ContainerRemoveOptions(Force: true, RemoveAnonymousVolumes: s.RemoveAnonymousVolumes), cancellationToken)).ConfigureAwait(false);
                break;
            default:
                throw new NotSupportedException($"no runner for {step.Action} steps");
        }
    }

    private Task Report(string kind, string name, string working, string done, Func<Task> action) =>
        Report(kind, name, working, done, async () =>
        {
            await action().ConfigureAwait(false);
            return "";
        });

    private async Task<T> Report<T>(string kind, string name, string working, string done, Func<Task<T>> action)
    {
        progress.Report(ProgressEvent.Working(kind, name, working));
        try
        {
            var result = await action().ConfigureAwait(false);
            progress.Report(ProgressEvent.Done(kind, name, done));
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            progress.Report(ProgressEvent.Error(kind, name, "Error", e.Message));
            throw;
        }
    }
}
