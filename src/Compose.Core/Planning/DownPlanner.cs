using System.Collections.Immutable;
using Compose.Graph;
using Compose.Model;
using Compose.Observing;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>
/// Plans <c>down</c>: each service's containers stop after their dependents have stopped, then everything is
/// removed (one-off containers too); networks follow the containers, and with <c>-v</c> the project's named volumes
/// and the containers' anonymous volumes (never external ones); with <c>--rmi</c> the images.
/// </summary>
internal static class DownPlanner
{
    public static Plan Plan(Project project, ObservedState observed, DownOptions options)
    {
        var builder = new PlanBuilder();
        var scope = ServiceSelection.WithDependencies(project, options.Services, includeDependencies: false);
        var whole = options.Services.IsDefaultOrEmpty;
        // Services of profiles not active this time still belong to the project: they stop beside the others, ordered
        // by the depends_on label their containers carry, so only a real dependency makes anything wait.
        var disabled = whole ? observed.DisabledContainers(project).ToList() : [];
        var removed = new List<ContainerInfo>();
        var removals = new List<int>();
        var stopped = new Dictionary<string, ImmutableArray<int>>(StringComparer.Ordinal);
        var graph = StopGraph(project, disabled);
        var disabledNames = disabled.Select(c => ContainerFacts.ServiceOf(c)!).ToHashSet(StringComparer.Ordinal);
        foreach (var name in graph.ReverseTopologicalOrder().Where(n => scope.Contains(n) || disabledNames.Contains(n)))
        {
            // A service stops only after everything that depends on it has stopped.
            var after = graph.DependentsOf(name).SelectMany(d => stopped.GetValueOrDefault(d, [])).ToImmutableArray();
            var containers = observed.ContainersOf(name);
            var preStop = project.Services.TryGetValue(name, out var service) ? service.PreStop : [];
            var (stops, removes) = StopAndRemove(containers, after, options, "project down", builder, preStop);
            stopped[name] = stops;
            removals.AddRange(removes);
            removed.AddRange(containers);
        }

        var extra = (whole ? observed.OneOffContainers : []).Concat(options.RemoveOrphans ? observed.Orphans(project) : []).ToList();
        removals.AddRange(StopAndRemove(extra, [], options, "orphan or one-off container", builder).Removes);
        removed.AddRange(extra);
        if (whole)
        {
            NetworkPlanner.PlanRemove(project.Networks.Where(n => !n.Value.External).Select(n => KeyValuePair.Create(n.Key, n.Value.Name)), observed, [.. removals], builder);
        }

        if (options.RemoveVolumes)
        {
            PlanVolumes(project, observed, whole, removed, removals, builder);
        }

        PlanImages(project, scope, options.RemoveImages, removals, builder);
        return builder.Build();
    }

    /// <summary>
    /// The project's dependency graph plus the services of inactive profiles, whose dependencies only their containers'
    /// <c>depends_on</c> label still knows; a label that would close a cycle is left out rather than trusted.
    /// </summary>
    private static DependencyGraph StopGraph(Project project, IReadOnlyList<ContainerInfo> disabled)
    {
        var active = DependencyGraph.For(project);
        var edges = active.Nodes.ToDictionary(n => n, n => active.DependenciesOf(n).AsEnumerable(), StringComparer.Ordinal);
        foreach (var group in disabled.GroupBy(c => ContainerFacts.ServiceOf(c)!, StringComparer.Ordinal))
        {
            edges[group.Key] = group.SelectMany(LabelProject.DependenciesOf).Distinct(StringComparer.Ordinal).ToList();
        }

        var graph = new DependencyGraph(edges);
        return graph.FindCycle() is null ? graph : active;
    }

    /// <summary>Stops and removes the containers of services the files no longer define (<c>run --remove-orphans</c>).</summary>
    public static Plan PlanOrphans(Project project, ObservedState observed)
    {
        var builder = new PlanBuilder();
        StopAndRemove(observed.Orphans(project), [], new DownOptions(), "orphan", builder);
        return builder.Build();
    }

    /// <summary>Stops running containers, then removes each; returns the stop steps (or the removes when nothing ran) and the removes.</summary>
    private static (ImmutableArray<int> Stops, ImmutableArray<int> Removes) StopAndRemove(
        IEnumerable<ContainerInfo> containers, ImmutableArray<int> after, DownOptions options, string reason, PlanBuilder builder, ImmutableArray<ServiceHook> preStop = default)
    {
        var stops = ImmutableArray.CreateBuilder<int>();
        var removes = ImmutableArray.CreateBuilder<int>();
        foreach (var container in containers)
        {
            var resource = ContainerFacts.IsOneOff(container) ? $"container:{container.Name}" : ContainerNames.Resource(container);
            var target = ContainerRef.Existing(container.Id, container.Name);
            var removeAfter = after;
            if (ContainerFacts.IsUp(container))
            {
                var stop = builder.AddStop(
                    new StopContainerStep { Id = 0, Resource = resource, Reason = reason, Container = target, Timeout = options.Timeout, DependsOn = after },
                    preStop);
                stops.Add(stop);
                removeAfter = [stop];
            }

            removes.Add(builder.Add(new RemoveContainerStep { Id = 0, Resource = resource, Reason = reason, Container = target, DependsOn = removeAfter }));
        }

        // A stopped container needs no stop step, but its removal still orders its dependencies' removals.
        return (stops.Count > 0 ? stops.ToImmutable() : removes.ToImmutable(), removes.ToImmutable());
    }

    /// <summary>The project's named volumes (whole-project down only) and the anonymous volumes of the removed containers.</summary>
    private static void PlanVolumes(Project project, ObservedState observed, bool whole, List<ContainerInfo> removed, List<int> removals, PlanBuilder builder)
    {
        if (whole)
        {
            VolumePlanner.PlanRemove(project.Volumes.Where(v => !v.Value.External).Select(v => KeyValuePair.Create(v.Key, v.Value.Name)), observed, removals, builder);
        }

        AnonymousVolumes.PlanRemoval(removed, removals, builder);
    }

    private static void PlanImages(Project project, ImmutableSortedSet<string> scope, ImageRemoval removal, List<int> removals, PlanBuilder builder)
    {
        if (removal == ImageRemoval.None)
        {
            return;
        }

        var images = scope.Select(n => project.Services[n])
            .Where(s => removal == ImageRemoval.All || ServiceImages.IsLocal(s))
            .Select(s => ServiceImages.ReferenceOf(project, s))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        foreach (var image in images)
        {
            builder.Add(new RemoveImageStep { Id = 0, Resource = $"image:{image}", Reason = $"down --rmi {removal.ToString().ToLowerInvariant()}", Reference = image, DependsOn = [.. removals] });
        }
    }
}
