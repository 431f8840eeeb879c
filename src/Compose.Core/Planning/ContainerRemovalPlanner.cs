using System.Collections.Immutable;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>Stop-then-remove pairs for containers that must go.</summary>
internal static class ContainerRemovalPlanner
{
    /// <summary>Returns the stop steps (for ordering dependents) and the remove steps (for ordering networks).</summary>
    public static (ImmutableArray<int> Stops, ImmutableArray<int> Removes) Plan(
        IEnumerable<ContainerInfo> containers, ImmutableArray<int> after, DownOptions options, string reason, PlanBuilder builder)
    {
        var stops = ImmutableArray.CreateBuilder<int>();
        var removes = ImmutableArray.CreateBuilder<int>();
        foreach (var container in containers)
        {
            var resource = ContainerNames.Resource(container.Label(ComposeLabels.Service) ?? "?", ObservedState.ContainerNumber(container));
            var target = ContainerRef.Existing(container.Id, container.Name);
            var removeAfter = after;
            if (container.State is ContainerState.Running or ContainerState.Restarting or ContainerState.Paused)
            {
                var stop = builder.Add(new StopContainerStep { Id = 0, Resource = resource, Reason = reason, Container = target, Timeout = options.Timeout, DependsOn = after });
                stops.Add(stop);
                removeAfter = [stop];
            }

            removes.Add(builder.Add(new RemoveContainerStep
            {
                Id = 0,
                Resource = resource,
                Reason = reason,
                Container = target,
                RemoveAnonymousVolumes = options.RemoveVolumes,
                DependsOn = removeAfter,
            }));
        }

        // A stopped container needs no stop step, but its removal still orders dependents' removals.
        return (stops.Count > 0 ? stops.ToImmutable() : removes.ToImmutable(), removes.ToImmutable());
    }
}
