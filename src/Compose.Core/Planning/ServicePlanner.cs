using System.Collections.Immutable;
using Compose.Model;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>The steps for one service's replicas during <c>up</c>: keep, start, create, recreate or scale down.</summary>
internal static class ServicePlanner
{
    /// <summary>Adds the service's steps; returns the steps after which the service counts as started (for dependents).</summary>
    public static ImmutableArray<int> PlanUp(
        Project project, Service service, ObservedState observed, UpOptions options, ImmutableArray<int> prerequisites, PlanBuilder builder)
    {
        var hash = ConfigHash.Compute(service);
        var existing = observed.ServiceContainers(service.Name);
        var ready = ImmutableArray.CreateBuilder<int>();
        for (var number = 1; number <= service.Replicas; number++)
        {
            var resource = ContainerNames.Resource(service.Name, number);
            if (!existing.TryGetValue(number, out var container))
            {
                ready.AddRange(CreateAndStart(project, service, number, hash, "no existing container", prerequisites, options, builder));
                continue;
            }

            var upToDate = options.NoRecreate || (!options.ForceRecreate && ConfigHash.Matches(
                service, container.Label(ComposeLabels.ConfigHash), container.Label(ComposeLabels.ConfigHashVersion)));
            if (!upToDate)
            {
                var reason = options.ForceRecreate ? "force recreate" : "config changed";
                var removal = ContainerRemovalPlanner.Plan([container], prerequisites, new DownOptions { Timeout = options.Timeout }, reason, builder);
                ready.AddRange(CreateAndStart(project, service, number, hash, reason, [.. prerequisites, .. removal.Removes], options, builder));
            }
            else if (container.State is not (ContainerState.Running or ContainerState.Restarting) && !options.NoStart)
            {
                ready.Add(builder.Add(new StartContainerStep
                {
                    Id = 0,
                    Resource = resource,
                    Reason = $"container {container.State.ToString().ToLowerInvariant()}",
                    Container = ContainerRef.Existing(container.Id, container.Name),
                    DependsOn = prerequisites,
                }));
            }
        }

        var surplus = existing.Where(kv => kv.Key > service.Replicas).OrderByDescending(kv => kv.Key).Select(kv => kv.Value);
        ContainerRemovalPlanner.Plan(surplus, [], new DownOptions { Timeout = options.Timeout }, "scaled down", builder);
        return ready.ToImmutable();
    }

    private static IEnumerable<int> CreateAndStart(
        Project project, Service service, int number, string hash, string reason, ImmutableArray<int> after, UpOptions options, PlanBuilder builder)
    {
        var resource = ContainerNames.Resource(service.Name, number);
        var spec = ContainerSpecFactory.Create(project, service, number, hash);
        var create = builder.Add(new CreateContainerStep { Id = 0, Resource = resource, Reason = reason, Spec = spec, DependsOn = after });
        if (options.NoStart)
        {
            return [create];
        }

        return [builder.Add(new StartContainerStep
        {
            Id = 0,
            Resource = resource,
            Reason = "created",
            Container = ContainerRef.CreatedBy(create, spec.Name),
            DependsOn = [create],
        })];
    }
}
