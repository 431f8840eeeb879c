using System.Collections.Immutable;
using Compose.Errors;
using Compose.Graph;
using Compose.Model;
using Compose.Observing;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>
/// Plans the commands that act on existing containers without applying file changes: stop (dependents first),
/// start and restart (dependencies first, honouring <c>depends_on</c> conditions), kill, pause, unpause and rm.
/// </summary>
internal static class LifecyclePlanner
{
    public static Plan Stop(Project project, ObservedState observed, LifecycleOptions options)
    {
        var builder = new PlanBuilder();
        StopInReverseOrder(project, observed, Scope(project, options), options.Timeout, "stop", builder);
        return builder.Build();
    }

    public static Plan Start(Project project, ObservedState observed, LifecycleOptions options)
    {
        var scope = Scope(project, options);
        foreach (var name in scope.Where(n => project.Services[n].Replicas > 0 && observed.ContainersOf(n).IsEmpty))
        {
            throw new ComposeException($"service {name} has no container to start; run 'composectl up {name}' to create it.");
        }

        var builder = new PlanBuilder();
        var started = new Dictionary<string, ImmutableArray<int>>(StringComparer.Ordinal);
        foreach (var name in Ordered(project, scope))
        {
            var toStart = observed.ContainersOf(name).Where(c => c.State is ContainerState.Created or ContainerState.Exited).ToList();
            var gates = toStart.Count == 0 ? [] : DependencyGates(project.Services[name], observed, started, builder);
            started[name] = [.. toStart.Select(c => builder.AddStart(
                new StartContainerStep { Id = 0, Resource = ContainerNames.Resource(c), Reason = "start", Container = ContainerRef.Existing(c.Id, c.Name), DependsOn = gates },
                project.Services[name].PostStart).Done)];
        }

        return builder.Build();
    }

    /// <summary>Restarts in dependency order; dependents declared with <c>restart: true</c> are restarted too.</summary>
    public static Plan Restart(Project project, ObservedState observed, LifecycleOptions options)
    {
        var scope = options.NoDependents ? Scope(project, options) : WithRestartingDependents(project, Scope(project, options));
        var builder = new PlanBuilder();
        var restarted = new Dictionary<string, ImmutableArray<int>>(StringComparer.Ordinal);
        foreach (var name in Ordered(project, scope))
        {
            var after = project.Services[name].DependsOn.Keys.SelectMany(d => restarted.GetValueOrDefault(d, [])).ToImmutableArray();
            restarted[name] = [.. observed.ContainersOf(name).Select(c => builder.Add(new RestartContainerStep
            {
                Id = 0, Resource = ContainerNames.Resource(c), Reason = "restart", Container = ContainerRef.Existing(c.Id, c.Name), Timeout = options.Timeout, DependsOn = after,
            }))];
        }

        return builder.Build();
    }

    public static Plan Kill(Project project, ObservedState observed, LifecycleOptions options)
    {
        var builder = new PlanBuilder();
        foreach (var container in Scope(project, options).SelectMany(n => observed.ContainersOf(n)).Where(ContainerFacts.IsUp))
        {
            builder.Add(new KillContainerStep
            {
                Id = 0, Resource = ContainerNames.Resource(container), Reason = $"kill {options.Signal ?? "SIGKILL"}", Container = ContainerRef.Existing(container.Id, container.Name), Signal = options.Signal,
            });
        }

        var orphans = options.RemoveOrphans ? observed.Orphans(project) : [];
        foreach (var orphan in orphans)
        {
            builder.Add(new RemoveContainerStep { Id = 0, Resource = ContainerNames.Resource(orphan), Reason = "orphan", Container = ContainerRef.Existing(orphan.Id, orphan.Name) });
        }

        return builder.Build();
    }

    public static Plan Pause(Project project, ObservedState observed, LifecycleOptions options) =>
        Each(project, observed, options, c => c.State == ContainerState.Running, c => new PauseContainerStep
        {
            Id = 0, Resource = ContainerNames.Resource(c), Reason = "pause", Container = ContainerRef.Existing(c.Id, c.Name),
        });

    public static Plan Unpause(Project project, ObservedState observed, LifecycleOptions options) =>
        Each(project, observed, options, c => c.State == ContainerState.Paused, c => new UnpauseContainerStep
        {
            Id = 0, Resource = ContainerNames.Resource(c), Reason = "unpause", Container = ContainerRef.Existing(c.Id, c.Name),
        });

    /// <summary><c>rm</c>: stopped containers only, unless <c>-s</c> stops the running ones first.</summary>
    public static Plan Remove(Project project, ObservedState observed, LifecycleOptions options)
    {
        var builder = new PlanBuilder();
        var scope = Scope(project, options);
        var stops = options.StopFirst ? StopInReverseOrder(project, observed, scope, options.Timeout, "rm --stop", builder) : [];
        var removed = scope.SelectMany(n => observed.ContainersOf(n)).Where(c => options.StopFirst || !ContainerFacts.IsUp(c)).ToList();
        var removals = new List<int>();
        foreach (var container in removed)
        {
            removals.Add(builder.Add(new RemoveContainerStep
            {
                Id = 0,
                Resource = ContainerNames.Resource(container),
                Reason = "rm",
                Container = ContainerRef.Existing(container.Id, container.Name),
                RemoveAnonymousVolumes = options.RemoveVolumes,
                DependsOn = stops.TryGetValue(container.Id, out var stop) ? [stop] : [],
            }));
        }

        if (options.RemoveVolumes)
        {
            AnonymousVolumes.PlanRemoval(removed, removals, builder);
        }

        return builder.Build();
    }

    private static ImmutableSortedSet<string> Scope(Project project, LifecycleOptions options) =>
        ServiceSelection.WithDependencies(project, options.Services, includeDependencies: false);

    private static IEnumerable<string> Ordered(Project project, ImmutableSortedSet<string> scope) =>
        DependencyGraph.For(project).TopologicalOrder().Where(scope.Contains);

    /// <summary>Stops running containers, each service after its dependents; returns container id → stop step.</summary>
    private static Dictionary<string, int> StopInReverseOrder(Project project, ObservedState observed, ImmutableSortedSet<string> scope, TimeSpan? timeout, string reason, PlanBuilder builder)
    {
        var graph = DependencyGraph.For(project);
        var byService = new Dictionary<string, ImmutableArray<int>>(StringComparer.Ordinal);
        var byContainer = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in graph.ReverseTopologicalOrder().Where(scope.Contains))
        {
            var after = graph.DependentsOf(name).SelectMany(d => byService.GetValueOrDefault(d, [])).ToImmutableArray();
            var stops = ImmutableArray.CreateBuilder<int>();
            foreach (var container in observed.ContainersOf(name).Where(ContainerFacts.IsUp))
            {
                var stop = builder.AddStop(
                    new StopContainerStep
                    {
                        Id = 0, Resource = ContainerNames.Resource(container), Reason = reason, Container = ContainerRef.Existing(container.Id, container.Name), Timeout = timeout, DependsOn = after,
                    },
                    project.Services[name].PreStop);
                stops.Add(stop);
                byContainer[container.Id] = stop;
            }

            byService[name] = stops.Count > 0 ? stops.ToImmutable() : after;
        }

        return byContainer;
    }

    /// <summary>What a service's starts wait for: started dependencies' starts, and a wait for the other conditions.</summary>
    private static ImmutableArray<int> DependencyGates(Service service, ObservedState observed, Dictionary<string, ImmutableArray<int>> started, PlanBuilder builder)
    {
        var gates = ImmutableArray.CreateBuilder<int>();
        foreach (var (name, dependency) in service.DependsOn)
        {
            var containers = observed.ContainersOf(name);
            gates.AddRange(started.GetValueOrDefault(name, []));
            if (dependency.Condition != ServiceDependency.Started && !containers.IsEmpty)
            {
                gates.Add(builder.Add(new WaitForServiceStep
                {
                    Id = 0,
                    Resource = $"service:{name}",
                    Reason = $"depends_on {dependency.Condition}",
                    Service = name,
                    Readiness = StartPhasePlanner.ReadinessOf(name, dependency),
                    Containers = [.. containers.Select(c => ContainerRef.Existing(c.Id, c.Name))],
                    Required = dependency.Required,
                    DependsOn = started.GetValueOrDefault(name, []),
                }));
            }
        }

        return gates.ToImmutable();
    }

    private static ImmutableSortedSet<string> WithRestartingDependents(Project project, ImmutableSortedSet<string> scope)
    {
        var result = scope.ToBuilder();
        var added = true;
        while (added)
        {
            var more = project.Services.Values.Where(s => !result.Contains(s.Name) && s.DependsOn.Any(d => d.Value.Restart && result.Contains(d.Key))).Select(s => s.Name).ToList();
            result.UnionWith(more);
            added = more.Count > 0;
        }

        return result.ToImmutable();
    }

    private static Plan Each(Project project, ObservedState observed, LifecycleOptions options, Func<ContainerInfo, bool> applies, Func<ContainerInfo, PlanStep> step)
    {
        var builder = new PlanBuilder();
        foreach (var container in Scope(project, options).SelectMany(n => observed.ContainersOf(n)).Where(applies))
        {
            builder.Add(step(container));
        }

        return builder.Build();
    }
}
