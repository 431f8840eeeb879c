using System.Collections.Immutable;
using Compose.Model;
using Compose.Observing;
using Compose.Planning.Specs;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>The step sequences of the create phase: create, recreate (create under a temporary name, stop and
/// remove the old container, rename), keep (with whatever repair it needs) and remove.</summary>
internal sealed class ContainerChanges(UpPlanState context)
{
    private PlanBuilder Builder => context.Builder;

    public PlannedReplica Create(Service service, int number, string hash, ImmutableArray<int> after)
    {
        var resource = ContainerNames.Resource(service.Name, number);
        var (spec, files) = Spec(service, number, hash);
        var create = Builder.Add(new CreateContainerStep { Id = 0, Resource = resource, Reason = "no existing container", Spec = spec, DisplayName = spec.Name, DependsOn = after });
        var reference = ContainerRef.CreatedBy(create, spec.Name);
        return new PlannedReplica(number, resource, reference, Copy(resource, reference, files) ?? create, "created") { HostPorts = HostPorts(spec) };
    }

    /// <summary>
    /// The new container exists before the old one goes, so a failure part-way leaves a container the next
    /// <c>up</c> can use: the old one (still named) or the new one (renamed, or recognised by its number).
    /// </summary>
    public PlannedReplica Recreate(Service service, int number, ContainerInfo old, string hash, string reason, ImmutableArray<int> after, ImmutableArray<int> dependentStops)
    {
        var resource = ContainerNames.Resource(service.Name, number);
        var finalName = ContainerNames.For(context.Project.Name, service, number);
        var (spec, files) = Spec(service, number, hash);
        spec = spec with { Name = ContainerNames.Temporary(old, finalName) };
        spec = context.Options.RenewAnonymousVolumes ? spec : AnonymousVolumes.Inherit(spec, old);
        var create = Builder.Add(new CreateContainerStep { Id = 0, Resource = resource, Reason = reason, Spec = spec, DisplayName = finalName, Recreate = true, DependsOn = after });
        var newRef = ContainerRef.CreatedBy(create, finalName);
        var ready = Copy(resource, newRef, files) ?? create;
        var replaced = $"replaced by #{create}";
        var stop = context.StopOnce(old, replaced, [ready, .. dependentStops]);
        var oldRef = ContainerRef.Existing(old.Id, old.Name);
        var reconnects = context.Reconnects.Take(old.Id);
        var remove = Builder.Add(new RemoveContainerStep
        {
            Id = 0,
            Resource = resource,
            Reason = replaced,
            Container = oldRef,
            RemoveAnonymousVolumes = context.Options.RenewAnonymousVolumes,
            DependsOn = [ready, .. stop is { } s ? [s] : Array.Empty<int>(), .. reconnects.Select(r => r.DisconnectStep)],
        });
        if (context.Options.RenewAnonymousVolumes)
        {
            AnonymousVolumes.PlanRemoval([old], [remove], Builder);
        }

        var rename = Builder.Add(new RenameContainerStep { Id = 0, Resource = resource, Reason = "finalize recreate", Container = newRef, NewName = finalName, DependsOn = [remove] });
        return new PlannedReplica(number, resource, newRef, rename, "recreated") { HostPorts = HostPorts(spec) };
    }

    /// <summary>An up-to-date container: repaired if an interrupted run left it misnamed, reconnected, unpaused or started.</summary>
    public PlannedReplica Keep(Service service, int number, ContainerInfo container, string hash)
    {
        var resource = ContainerNames.Resource(service.Name, number);
        var finalName = ContainerNames.For(context.Project.Name, service, number);
        var interrupted = ContainerNames.IsTemporaryFor(container.Name, finalName);
        // Named as it is (a docker-compose v1 container keeps its db_1 name); only an interrupted recreate is renamed.
        var reference = ContainerRef.Existing(container.Id, interrupted ? finalName : container.Name);
        int? ready = null;
        if (interrupted)
        {
            ready = Builder.Add(new RenameContainerStep { Id = 0, Resource = resource, Reason = "interrupted recreate", Container = reference, NewName = finalName });
        }

        ready = Reconnect(service, container, reference, ready) ?? ready;
        ready = ConnectMissing(service, container, reference, ready) ?? ready;
        if (container.State == ContainerState.Created && ServiceContents.InjectedInto(context.Project, service) is { IsEmpty: false } files)
        {
            // Made but never started (an interrupted run): its copied secrets may be missing; copying again is harmless.
            ready = Builder.Add(new CopyFilesStep { Id = 0, Resource = resource, Reason = "secrets and configs", Container = reference, Files = files, DependsOn = ready is { } a ? [a] : [] });
        }
        var startReason = StartReason(service, container);
        if (container.State == ContainerState.Paused && !context.IsStoppedByPlan(container.Id) && !context.Options.NoStart && !context.Options.KeepStopped)
        {
            ready = Builder.Add(new UnpauseContainerStep { Id = 0, Resource = resource, Reason = "container paused", Container = reference, DependsOn = ready is { } r ? [r] : [] });
        }

        if (ready is null && startReason is null && container.State == ContainerState.Running)
        {
            Builder.Unchanged(resource, reference.Name);
        }

        return new PlannedReplica(number, resource, reference, ready, startReason)
        {
            HostPorts = [.. container.Ports.Select(HostPortRange.Of).OfType<HostPortRange>()],
            Replacement = startReason is not null && container.State is ContainerState.Created or ContainerState.Exited
                ? Replacement(service, number, container, hash, finalName)
                : null,
        };
    }

    /// <summary>
    /// What the start does if the engine holds a stale task for this stopped container (it died or restarted mid-start):
    /// the container as this plan would create it, under its final name, keeping its anonymous volumes.
    /// </summary>
    private StaleTaskReplacement Replacement(Service service, int number, ContainerInfo container, string hash, string finalName)
    {
        var (spec, files) = Spec(service, number, hash);
        return new StaleTaskReplacement(AnonymousVolumes.Inherit(spec with { Name = finalName }, container), files);
    }

    /// <summary>Stops (when running) and removes each container; returns the remove steps.</summary>
    public ImmutableArray<int> StopAndRemove(IEnumerable<ContainerInfo> containers, string reason, bool removeVolumes = false)
    {
        var removes = ImmutableArray.CreateBuilder<int>();
        foreach (var container in containers)
        {
            var stop = context.StopOnce(container, reason);
            context.Reconnects.Take(container.Id);
            removes.Add(Builder.Add(new RemoveContainerStep
            {
                Id = 0,
                Resource = ContainerNames.Resource(container),
                Reason = reason,
                Container = ContainerRef.Existing(container.Id, container.Name),
                RemoveAnonymousVolumes = removeVolumes,
                DependsOn = stop is { } s ? [s] : [],
            }));
        }

        return removes.ToImmutable();
    }

    /// <summary>Rejoins the networks a recreation took the container off; returns the last connect step.</summary>
    public int? Reconnect(Service? service, ContainerInfo container, ContainerRef reference, int? after)
    {
        int? last = null;
        foreach (var reconnect in context.Reconnects.Take(container.Id))
        {
            var network = context.Project.Networks[reconnect.NetworkKey];
            var attachment = (service is null ? null : NetworkSpecFactory.Attachments(context.Project, service).FirstOrDefault(a => a.NetworkName == network.Name))
                ?? new NetworkAttachment(network.Name, [ContainerFacts.ServiceOf(container) ?? container.Name]);
            last = Builder.Add(new ConnectNetworkStep
            {
                Id = 0,
                Resource = ContainerNames.Resource(container),
                Reason = $"network {reconnect.NetworkKey} changed",
                Container = reference,
                Attachment = attachment,
                DependsOn = [reconnect.CreateStep, reconnect.DisconnectStep, .. after is { } a ? [a] : Array.Empty<int>()],
            });
        }

        return last;
    }

    /// <summary>
    /// Attaches the container to each of its service's networks that exists but that it was taken off by hand
    /// (<c>docker network disconnect</c>); returns the last connect step. A network this plan creates or recreates is
    /// handled by the recreate and reconnect paths instead.
    /// </summary>
    private int? ConnectMissing(Service service, ContainerInfo container, ContainerRef reference, int? after)
    {
        int? last = null;
        foreach (var attachment in NetworkSpecFactory.Attachments(context.Project, service))
        {
            var key = context.Project.Networks.FirstOrDefault(n => n.Value.Name == attachment.NetworkName).Key;
            if (container.Networks.Contains(attachment.NetworkName) || key is null || context.NetworkSteps.ContainsKey(key)
                || !context.Observed.NetworksByName.ContainsKey(attachment.NetworkName))
            {
                continue;
            }

            last = Builder.Add(new ConnectNetworkStep
            {
                Id = 0,
                Resource = ContainerNames.Resource(container),
                Reason = $"disconnected from network {key}",
                Container = reference,
                Attachment = attachment,
                DependsOn = last is { } l ? [l] : after is { } a ? [a] : [],
            });
        }

        return last;
    }

    private string? StartReason(Service service, ContainerInfo container)
    {
        if (context.StopReasonOf(container.Id) is { } stopped)
        {
            return stopped;
        }

        if (container.State == ContainerState.Exited && context.Options.StoppedByEngine.Contains(container.Id))
        {
            return "stopped when the engine restarted";
        }

        if (context.Options.KeepStopped && container.State is ContainerState.Exited or ContainerState.Created)
        {
            return null;
        }

        return container.State switch
        {
            ContainerState.Created => "container created",
            ContainerState.Exited when !(context.IsOneShot(service.Name) && ContainerFacts.ExitCode(container) == 0) => "container exited",
            _ => null,
        };
    }

    /// <summary>The container's spec, and the secrets and configs it gets by copy (their binds, if any, left out).</summary>
    private (ContainerCreateSpec Spec, ImmutableArray<InjectedFile> Files) Spec(Service service, int number, string hash)
    {
        var imageId = context.Observed.ImageIds.GetValueOrDefault(ServiceImages.ReferenceOf(context.Project, service));
        var spec = ContainerSpecFactory.Create(context.Project, service, number, hash, imageId);
        var files = ServiceContents.InjectedInto(context.Project, service);
        var copied = files.Select(f => f.Target).ToHashSet(StringComparer.Ordinal);
        return (spec with { Mounts = [.. spec.Mounts.Where(m => !(m.Type == MountType.Bind && copied.Contains(m.Target)))] }, files);
    }

    /// <summary>Copies the secrets and configs in before the container starts; null when there are none.</summary>
    private int? Copy(string resource, ContainerRef container, ImmutableArray<InjectedFile> files) =>
        files.IsEmpty
            ? null
            : Builder.Add(new CopyFilesStep { Id = 0, Resource = resource, Reason = "secrets and configs", Container = container, Files = files, DependsOn = [container.CreatedByStep ?? 0] });

    private static IReadOnlyList<HostPortRange> HostPorts(ContainerCreateSpec spec) =>
        [.. spec.Ports.Select(HostPortRange.Of).OfType<HostPortRange>()];
}
