using System.Collections.Immutable;
using Compose.Model;
using Compose.Planning;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Mapping;
using Compose.Targets.Swarm.Observing;
using Compose.Targets.Swarm.Steps;

namespace Compose.Targets.Swarm.Planning;

/// <summary>
/// Each service: created when missing, updated when its spec differs (the plan names the parts), left alone when
/// equal, and (unless detached) waited for until its tasks run the new spec.
/// </summary>
public static class SwarmServicePlanner
{
    public sealed record Outcome(ImmutableArray<SwarmServiceSpec> Specs, ImmutableHashSet<string> Updated, ImmutableArray<int> Steps);

    public static Outcome Plan(Project project, SwarmObserved observed, SwarmMappingContext context, SwarmDeployOptions options,
        IReadOnlyDictionary<string, int> createdBy, PlanBuilder plan)
    {
        var specs = ImmutableArray.CreateBuilder<SwarmServiceSpec>();
        var updated = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        var steps = ImmutableArray.CreateBuilder<int>();
        foreach (var service in project.Services.Values)
        {
            var running = observed.Services.GetValueOrDefault(SwarmNames.Scope(observed.Stack, service.Name));
            // Kept as found: only `docker service update --force` changes it, and a new value alone restarts every task.
            var spec = SwarmServiceMapper.Map(context, service) with { ForceUpdate = running?.Spec.ForceUpdate ?? 0 };
            specs.Add(spec);
            var needs = Needs(spec, createdBy);
            int step;
            if (running is null)
            {
                step = plan.Add(new CreateServiceStep { Id = 0, Resource = $"service:{spec.Name}", Reason = "not found", Spec = spec, DependsOn = needs });
            }
            else if (SwarmSpecDigest.Differences(spec, running.Spec) is { IsEmpty: false } changes)
            {
                updated.Add(spec.Name);
                step = plan.Add(new UpdateServiceStep
                {
                    Id = 0, Resource = $"service:{spec.Name}", Reason = $"changed: {string.Join(", ", changes)}",
                    ServiceId = running.Id, Version = running.Version, Spec = spec, Changes = changes, DependsOn = needs,
                });
            }
            else
            {
                plan.Unchanged($"service:{spec.Name}", spec.Name);
                continue;
            }

            steps.Add(step);
            if (!options.Detach)
            {
                steps.Add(plan.Add(new WaitForRolloutStep
                {
                    Id = 0, Resource = $"service:{spec.Name}", Reason = Goal(spec), Service = spec.Name, Expected = spec, Outcome = running is null ? "Created" : "Updated", DependsOn = [step],
                    SwarmJudgesFailures = SwarmImages.SwarmJudgesFailures(spec, running is not null), Timeout = options.WaitTimeout,
                    ReplacesTasks = running is not null && SwarmSpecDigest.ReplacesTasks(SwarmSpecDigest.Differences(spec, running.Spec)),
                }));
            }
        }

        return new Outcome(specs.ToImmutable(), updated.ToImmutable(), steps.ToImmutable());
    }

    public static string Goal(SwarmServiceSpec spec) => spec.Mode switch
    {
        SwarmServiceMode.Global => "one task running on every eligible node",
        SwarmServiceMode.ReplicatedJob or SwarmServiceMode.GlobalJob => "its job completed",
        _ => $"{spec.Replicas} {(spec.Replicas == 1 ? "replica" : "replicas")} running",
    };

    /// <summary>The steps creating the networks, secrets and configs the spec names (keyed <c>network:NAME</c>, <c>secret:NAME</c>, <c>config:NAME</c>).</summary>
    private static ImmutableArray<int> Needs(SwarmServiceSpec spec, IReadOnlyDictionary<string, int> createdBy) =>
    [
        .. spec.Networks.Select(n => "network:" + n.Target)
            .Concat(spec.Container.Secrets.Select(s => "secret:" + s.ObjectName))
            .Concat(spec.Container.Configs.Select(c => "config:" + c.ObjectName))
            .Select(name => createdBy.TryGetValue(name, out var step) ? step : 0)
            .Where(step => step > 0),
    ];
}
