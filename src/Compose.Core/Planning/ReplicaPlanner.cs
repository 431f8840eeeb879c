using System.Collections.Immutable;
using Compose.Hashing;
using Compose.Model;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>
/// The create phase of <c>up</c> for one service: which replicas to keep, recreate, create or remove, and what each
/// kept container still needs (a rename, a reconnect, an unpause) before it can start.
/// </summary>
internal sealed class ReplicaPlanner(UpPlanState context)
{
    private readonly ContainerChanges _steps = new(context);

    public void Plan(Service service)
    {
        var set = ReplicaSet.Of(context.Observed.ContainersOf(service.Name), context.ReplicaCount(service), n => ContainerNames.For(context.Project.Name, service, n));
        var files = context.ContentsOf(service);
        var hash = ConfigHash.Compute(service, files);
        var cleared = _steps.StopAndRemove(set.Leftovers, "leftover of an interrupted recreate");
        _steps.StopAndRemove(set.Surplus, "scaled down");
        var prerequisites = context.InfrastructureFor(service).AddRange(cleared).AddRange(SharedNamespaceOwners(service));

        var decisions = set.Kept.Select(kv => (Number: kv.Key, Container: kv.Value, Reason: RecreateReason(service, kv.Value, files))).ToList();
        WarnUnverifiable(service, decisions.Where(d => d.Reason is null).Select(d => d.Container), files);
        var replacing = context.Options.Replaced.Contains(service.Name) && set.NewNumbers.Any();
        var dependentStops = decisions.Any(d => d.Reason is not null) || replacing ? StopRestartingDependents(service) : [];
        if (dependentStops.Length > 0 || decisions.Any(d => d.Reason is not null))
        {
            context.RecordRecreated(service.Name);
        }

        var replicas = ImmutableArray.CreateBuilder<PlannedReplica>();
        foreach (var (number, container, reason) in decisions)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            replicas.Add(reason is null
                ? _steps.Keep(service, number, container, hash)
                : LeftStopped(container, _steps.Recreate(service, number, container, hash, reason, prerequisites, dependentStops)));
        }

        // A replacement is created once the dependents it restarts have stopped.
        replicas.AddRange(set.NewNumbers.Select(n => _steps.Create(service, n, hash, prerequisites.AddRange(dependentStops))));
        context.RecordReplicas(service.Name, replicas.ToImmutable());
    }

    /// <summary>Under <see cref="UpOptions.KeepStopped"/>, the replacement of an exited container is not started either.</summary>
    private PlannedReplica LeftStopped(ContainerInfo old, PlannedReplica replica) =>
        context.Options.KeepStopped && old.State is ContainerState.Exited or ContainerState.Created && context.StopReasonOf(old.Id) is null
            && !context.Options.StoppedByEngine.Contains(old.Id)
            ? replica with { StartReason = null }
            : replica;

    /// <summary>
    /// The steps after which the containers whose namespaces (<c>network_mode</c>, <c>ipc</c>, <c>pid</c> as
    /// <c>service:NAME</c>) or volumes (<c>volumes_from</c>) this service takes exist: Podman resolves them when the
    /// container is created (Docker when it starts), so the create waits for them on both.
    /// </summary>
    private IEnumerable<int> SharedNamespaceOwners(Service service)
    {
        var owners = NamespaceOwners(service)
            .Concat(service.VolumesFrom.Where(v => !v.StartsWith("container:", StringComparison.Ordinal)).Select(v => (v.StartsWith("service:", StringComparison.Ordinal) ? v["service:".Length..] : v).Split(':')[0]));
        return owners
            .Where(owner => context.Replicas.ContainsKey(owner))
            .SelectMany(owner => context.Replicas[owner].Select(r => r.ReadyStep).OfType<int>())
            .Distinct();
    }

    /// <summary>The services whose network, IPC or PID namespace this one joins (<c>service:NAME</c>).</summary>
    private static IEnumerable<string> NamespaceOwners(Service service) =>
        new[] { service.NetworkMode, service.Ipc, service.Pid }
            .Where(mode => mode is not null && mode.StartsWith("service:", StringComparison.Ordinal))
            .Select(mode => mode!["service:".Length..]);

    private string? RecreateReason(Service service, ContainerInfo container, IReadOnlyDictionary<string, string> files)
    {
        if (container.State == ContainerState.Dead)
        {
            return "container dead";
        }

        if (RemovedNetwork(service, container) is { } removed)
        {
            // Its endpoint points at the network that is gone: it could not start again, whatever its configuration.
            return $"network {removed} was removed";
        }

        switch (context.Options.PolicyFor(service.Name))
        {
            case RecreatePolicy.Never:
                return null;
            case RecreatePolicy.Force:
                return "force recreate";
        }

        if (ConfigHash.Compare(service, files, container) == HashVerdict.Changed)
        {
            return "config changed";
        }

        // The engine holds the namespace's owner by id (Docker resolves container:NAME when it can, Podman always):
        // a container whose owner was replaced would start into nothing, so it is replaced too, as docker compose does.
        if (NamespaceOwners(service).FirstOrDefault(context.Recreated.Contains) is { } owner)
        {
            return $"{owner} recreated, whose namespace it shares";
        }

        return ImageChanged(service, container) ? "image changed" : null;
    }

    /// <summary>A network of the service the container is still attached to by name, but that no longer exists (this plan creates it anew).</summary>
    private string? RemovedNetwork(Service service, ContainerInfo container) =>
        service.Networks.Keys
            .Where(key => context.Project.Networks.TryGetValue(key, out var network) && !network.External
                && container.Networks.Contains(network.Name) && !context.Observed.NetworksByName.ContainsKey(network.Name))
            .FirstOrDefault();

    /// <summary>A new image behind the same reference (after a pull or build) recreates, as docker compose does.</summary>
    private bool ImageChanged(Service service, ContainerInfo container) =>
        context.Observed.ImageIds.TryGetValue(ServiceImages.ReferenceOf(context.Project, service), out var current)
        && !string.IsNullOrEmpty(container.ImageId)
        && !string.Equals(container.ImageId, current, StringComparison.Ordinal);

    private void WarnUnverifiable(Service service, IEnumerable<ContainerInfo> kept, IReadOnlyDictionary<string, string> files)
    {
        if (context.Options.PolicyFor(service.Name) != RecreatePolicy.Diverged)
        {
            return;
        }

        var names = kept.Where(c => ConfigHash.Compare(service, files, c) == HashVerdict.Unverifiable).Select(c => c.Name).ToList();
        if (names.Count > 0)
        {
            context.Builder.Warn(
                $"service {service.Name}: {string.Join(", ", names)} carries no config hash composectl can check (made by docker compose, by hand or by a newer composectl); " +
                $"kept as is. Run 'composectl up --force-recreate {service.Name}' to apply the compose file to it.");
        }
    }

    /// <summary>
    /// <c>depends_on: {service: {restart: true}}</c>: dependents in this <c>up</c> are stopped before the service's
    /// containers are replaced, and started again once it is ready (by the start phase).
    /// </summary>
    private ImmutableArray<int> StopRestartingDependents(Service service)
    {
        var stops = ImmutableArray.CreateBuilder<int>();
        var dependents = context.Selected.Where(d => context.Project.Services[d].DependsOn.TryGetValue(service.Name, out var dep) && dep.Restart);
        foreach (var dependent in dependents)
        {
            foreach (var container in context.Observed.ContainersOf(dependent))
            {
                if (context.StopOnce(container, $"dependency {service.Name} recreated") is { } stop)
                {
                    stops.Add(stop);
                }
            }
        }

        return stops.ToImmutable();
    }
}
