using Compose.Execution;
using Compose.Planning.Steps;
using Compose.Runtime.Errors;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Steps;

namespace Compose.Targets.Swarm.Execution;

/// <summary>Carries out one swarm step: one call to the manager (or one wait), with its progress. Makes no decisions.</summary>
public sealed class SwarmStepRunner(ISwarmClient swarm, IProgressSink progress, TimeProvider time)
{
    private readonly RolloutWaiter _rollouts = new(swarm, progress, time);
    private readonly TasksGoneWaiter _tasksGone = new(swarm, time);

    public Task RunAsync(PlanStep step, CancellationToken cancellationToken) => step switch
    {
        CreateSwarmNetworkStep s => Report("Network", s.Spec.Name, "Creating", "Created", () => swarm.CreateNetworkAsync(s.Spec, cancellationToken)),
        RemoveSwarmNetworkStep s => Report("Network", s.Network, "Removing", "Removed", () => IgnoreMissing(swarm.RemoveNetworkAsync(s.NetworkId, cancellationToken))),
        CreateSecretStep s => Report("Secret", s.Spec.Name, "Creating", "Created", () => swarm.CreateObjectAsync(SwarmObjectKind.Secret, s.Spec, cancellationToken)),
        CreateConfigStep s => Report("Config", s.Spec.Name, "Creating", "Created", () => swarm.CreateObjectAsync(SwarmObjectKind.Config, s.Spec, cancellationToken)),
        RemoveSecretStep s => Report("Secret", s.Name, "Removing", "Removed", () => IgnoreMissing(swarm.RemoveObjectAsync(SwarmObjectKind.Secret, s.ObjectId, cancellationToken))),
        RemoveConfigStep s => Report("Config", s.Name, "Removing", "Removed", () => IgnoreMissing(swarm.RemoveObjectAsync(SwarmObjectKind.Config, s.ObjectId, cancellationToken))),
        CreateServiceStep s => Write(s.Spec.Name, "Creating", "Created", () => swarm.CreateServiceAsync(s.Spec, cancellationToken)),
        UpdateServiceStep s => Write(s.Spec.Name, "Updating", "Updated", () => swarm.UpdateServiceAsync(s.ServiceId, s.Version, s.Spec, cancellationToken)),
        RollbackServiceStep s => Write(s.Service, "Rolling back", "Rollback started", () => swarm.RollbackServiceAsync(s.ServiceId, s.Version, cancellationToken)),
        RemoveServiceStep s => Report("Service", s.Service, "Removing", "Removed", () => IgnoreMissing(swarm.RemoveServiceAsync(s.ServiceId, cancellationToken))),
        WaitForRolloutStep s => _rollouts.WaitAsync(s, cancellationToken),
        WaitForTasksGoneStep s => _tasksGone.WaitAsync(s, cancellationToken),
        _ => throw new NotSupportedException($"no swarm runner for {step.Action} steps"),
    };

    /// <summary>A service write: the engine's warnings are shown; its refusals (a port taken in ingress) name the service.</summary>
    private async Task Write(string service, string working, string done, Func<Task<SwarmWriteResult>> call)
    {
        progress.Report(ProgressEvent.Working("Service", service, working));
        SwarmWriteResult result;
        try
        {
            result = await call().ConfigureAwait(false);
        }
        catch (ContainerRuntimeException e)
        {
            progress.Report(ProgressEvent.Error("Service", service, "Error", e.EngineMessage));
            throw new SwarmException($"service {service}: {e.EngineMessage}", e);
        }

        foreach (var warning in result.Warnings)
        {
            progress.Report(ProgressEvent.Warning("Service", service, "Warning") with { Detail = warning });
        }

        progress.Report(ProgressEvent.Done("Service", service, done));
    }

    private async Task Report(string kind, string name, string working, string done, Func<Task> call)
    {
        progress.Report(ProgressEvent.Working(kind, name, working));
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (ContainerRuntimeException e)
        {
            progress.Report(ProgressEvent.Error(kind, name, "Error", e.EngineMessage));
            throw;
        }

        progress.Report(ProgressEvent.Done(kind, name, done));
    }

    /// <summary>Removing what is already gone (someone else removed it meanwhile) is what was wanted.</summary>
    private static async Task IgnoreMissing(Task removal)
    {
        try
        {
            await removal.ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
        }
    }
}
