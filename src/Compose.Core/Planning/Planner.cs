using System.Collections.Immutable;
using Compose.Graph;
using Compose.Model;
using Compose.Planning.Steps;

namespace Compose.Planning;

/// <summary>
/// Pure and deterministic: the steps that take what exists (<see cref="ObservedState"/>) to what the files say
/// (<see cref="Project"/>). No I/O, no clock; the same inputs always give the same plan text.
/// </summary>
public static class Planner
{
    public static Plan PlanUp(Project project, ObservedState observed, UpOptions options)
    {
        var builder = new PlanBuilder();
        var networkSteps = NetworkPlanner.PlanCreate(project, observed, builder);
        var volumeSteps = VolumePlanner.PlanCreate(project, observed, builder);
        var ready = new Dictionary<string, ImmutableArray<int>>(StringComparer.Ordinal);
        var selected = ServiceSelection.WithDependencies(project, options.Services);
        foreach (var name in DependencyGraph.For(project).TopologicalOrder().Where(selected.Contains))
        {
            var service = project.Services[name];
            var prerequisites = service.Networks.Keys.Select(n => networkSteps.GetValueOrDefault(n))
                .Concat(volumeSteps.Values)
                .Concat(service.DependsOn.Keys.SelectMany(d => ready.GetValueOrDefault(d, [])))
                .Where(id => id > 0)
                .ToImmutableArray();
            ready[name] = ServicePlanner.PlanUp(project, service, observed, options, prerequisites, builder);
        }

        return builder.Build();
    }

    public static Plan PlanDown(Project project, ObservedState observed, DownOptions options)
    {
        var builder = new PlanBuilder();
        var graph = DependencyGraph.For(project);
        var stopped = new Dictionary<string, ImmutableArray<int>>(StringComparer.Ordinal);
        var removals = ImmutableArray.CreateBuilder<int>();
        foreach (var name in graph.ReverseTopologicalOrder())
        {
            // A service stops only after everything that depends on it has stopped.
            var after = graph.DependentsOf(name).SelectMany(d => stopped.GetValueOrDefault(d, [])).ToImmutableArray();
            var (stops, removes) = ContainerRemovalPlanner.Plan(observed.ServiceContainers(name).Values, after, options, "project down", builder);
            stopped[name] = stops;
            removals.AddRange(removes);
        }

        if (options.RemoveOrphans)
        {
            var (_, removes) = ContainerRemovalPlanner.Plan(observed.Orphans(project.Services.Keys.ToHashSet()), [], options, "orphan", builder);
            removals.AddRange(removes);
        }

        NetworkPlanner.PlanRemove(project, observed, removals.ToImmutable(), builder);
        if (options.RemoveVolumes)
        {
            VolumePlanner.PlanRemove(project, observed, removals.ToImmutable(), builder);
        }

        return builder.Build();
    }
}
