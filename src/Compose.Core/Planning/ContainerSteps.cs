using System.Collections.Immutable;
using Compose.Model;
using Compose.Planning.Specs;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>The step sequences of the create phase: create, recreate (create under a temporary name, stop and
/// remove the old container, rename), keep (with whatever repair it needs) and remove.</summary>
internal sealed class ContainerSteps(UpContext context)
{
    private PlanBuilder Builder => context.Builder;

    public PlannedReplica Create(Service service, int number, string hash, ImmutableArray<int> after)
    {
        var resource = ContainerNames.Resource(service.Name, number);
        var spec = ContainerSpecFactory.Create(context.Project, service, number, hash);
        var create = Builder.Add(new CreateContainerStep { Id = 0, Resource = resource, Reason = "no existing container", Spec = spec, DisplayName = spec.Name, DependsOn = after });
        return new PlannedReplica(number, resource, ContainerRef.CreatedBy(create, spec.Name), create, "created") { HostPorts = HostPorts(spec) };
    }

    /// <summary>
    /// The new container exists before the old one goes, so a failure part-way leaves a container the next
    /// <c>up</c> can use: the old one (still named) or the new one (renamed, or recognised by its number).
    /// </summary>
    public PlannedReplica Recreate(Service service, int number, ContainerInfo old, string hash, string reason, ImmutableArray<int> after, ImmutableArray<int> dependentStops)
    {
        var resource = ContainerNames.Resource(service.Name, number);
        var finalName = ContainerNames.For(context.Project.Name, service, number);
        var spec = ContainerSpecFactory.Create(context.Project, service, number, hash) with { Name = ContainerNames.Temporary(old, finalName) };
        spec = context.Options.RenewAnonymousVolumes ? spec : AnonymousVolumes.Inherit(spec, old);
        var create = Builder.Add(new CreateContainerStep { Id = 0, Resource = resource, Reason = reason, Spec = spec, DisplayName = finalName, DependsOn = after });
        var replaced = $"replaced by #{create}";
        var stop = context.StopOnce(old, replaced, [create, .. dependentStops]);
        var oldRef = ContainerRef.Existing(old.Id, old.Name);
        var reconnects = context.Reconnects.Take(old.Id);
        var remove = Builder.Add(new RemoveContainerStep
        {
            Id = 0,
            Resource = resource,
            Reason = replaced,
            Container = oldRef,
            RemoveAnonymousVolumes = context.Options.RenewAnonymousVolumes,
            DependsOn = [create, .. stop is { } s ? [s] : Array.Empty<int>(), .. reconnects.Select(r => r.DisconnectStep)],
        });
        if (context.Options.RenewAnonymousVolumes)
        {
            AnonymousVolumes.PlanRemoval([old], [remove], Builder);
        }

        var newRef = ContainerRef.CreatedBy(create, finalName);
        var rename = Builder.Add(new RenameContainerStep { Id = 0, Resource = resource, Reason = "finalize recreate", Container = newRef, NewName = finalName, DependsOn = [remove] });
        return new PlannedReplica(number, resource, newRef, rename, "recreated") { HostPorts = HostPorts(spec) };
    }

    /// <summary>An up-to-date container: repaired if an interrupted run left it misnamed, reconnected, unpaused or started.</summary>
    public PlannedReplica Keep(Service service, int number, ContainerInfo container)
    {
        var resource = ContainerNames.Resource(service.Name, number);
        var finalName = ContainerNames.For(context.Project.Name, service, number);
        var reference = ContainerRef.Existing(container.Id, finalName);
        int? ready = null;
        if (ContainerNames.IsTemporaryFor(container.Name, finalName))
        {
            ready = Builder.Add(new RenameContainerStep { Id = 0, Resource = resource, Reason = "interrupted recreate", Container = reference, NewName = finalName });
        }

        ready = Reconnect(service, container, reference, ready) ?? ready;
        var startReason = StartReason(service, container);
        if (container.State == ContainerState.Paused && !context.StoppedByPlan.ContainsKey(container.Id) && !context.Options.NoStart)
        {
            ready = Builder.Add(new UnpauseContainerStep { Id = 0, Resource = resource, Reason = "container paused", Container = reference, DependsOn = ready is { } r ? [r] : [] });
        }

        return new PlannedReplica(number, resource, reference, ready, startReason) { HostPorts = [.. container.Ports.Select(HostPortRange.Of).OfType<HostPortRange>()] };
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

    private string? StartReason(Service service, ContainerInfo container)
    {
        if (context.StopReasons.TryGetValue(container.Id, out var stopped))
        {
            return stopped;
        }

        return container.State switch
        {
            ContainerState.Created => "container created",
            ContainerState.Exited when !(context.IsOneShot(service.Name) && ContainerFacts.ExitCode(container) == 0) => "container exited",
            _ => null,
        };
    }

    private static IReadOnlyList<HostPortRange> HostPorts(ContainerCreateSpec spec) =>
        [.. spec.Ports.Select(HostPortRange.Of).OfType<HostPortRange>()];
}
