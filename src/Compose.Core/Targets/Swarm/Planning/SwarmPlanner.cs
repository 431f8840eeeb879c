using System.Collections.Immutable;
using Compose.Model;
using Compose.Planning;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Mapping;
using Compose.Targets.Swarm.Observing;
using Compose.Targets.Swarm.Steps;

namespace Compose.Targets.Swarm.Planning;

/// <summary>
/// Pure: the steps that take a stack from what was observed to what the files say, to nothing (undeploy), or back to
/// a service's previous spec (rollback). Networks, secrets and configs come first, then services (each as soon as
/// what it names exists) and their rollouts; versions nothing uses any more go last.
/// </summary>
public static class SwarmPlanner
{
    public static Plan PlanDeploy(Project project, SwarmObserved observed, SwarmDeployOptions options)
    {
        var plan = new PlanBuilder();
        foreach (var warning in SwarmKeyAudit.Check(project, options.Sources))
        {
            plan.Warn(warning);
        }

        var networks = SwarmNetworkPlanner.Plan(project, observed, plan, options.Sources);
        var objects = SwarmObjectPlanner.Plan(project, observed, plan, options.Sources);
        var imageWarnings = new List<string>();
        var context = new SwarmMappingContext(project, observed.Stack, objects.Names, SwarmImages.Choose(project, observed, imageWarnings));
        imageWarnings.ForEach(plan.Warn);
        var createdBy = networks.Concat(objects.CreatedBy).ToImmutableDictionary(StringComparer.Ordinal);
        var services = SwarmServicePlanner.Plan(project, observed, context, options, createdBy, plan);
        var removed = RemoveGone(project, observed, options, plan);
        var after = services.Steps.AddRange(removed);
        if (options.Prune)
        {
            SwarmNetworkPlanner.RemoveUnused(project, observed, plan, after);
        }

        SwarmObjectPlanner.RemoveUnused(observed, services.Specs, services.Updated, plan, after);
        return plan.Build();
    }

    /// <summary>Everything carrying the stack's label: services first, then (their tasks gone) secrets, configs and networks.</summary>
    public static Plan PlanUndeploy(SwarmObserved observed)
    {
        var plan = new PlanBuilder();
        var removals = observed.Services.Values
            .Select(s => plan.Add(new RemoveServiceStep { Id = 0, Resource = $"service:{s.Spec.Name}", Reason = "undeploy", ServiceId = s.Id, Service = s.Spec.Name }))
            .ToImmutableArray();
        ImmutableArray<int> after = removals.IsEmpty ? [] :
            [plan.Add(new WaitForTasksGoneStep { Id = 0, Resource = $"stack:{observed.Stack}", Reason = "tasks of removed services", Stack = observed.Stack, ServiceIds = [.. observed.Services.Values.Select(s => s.Id)], DependsOn = removals })];
        foreach (var kind in new[] { SwarmObjectKind.Secret, SwarmObjectKind.Config })
        {
            foreach (var item in observed.Objects(kind).Where(observed.InStack).OrderBy(o => o.Name, StringComparer.Ordinal))
            {
                plan.Add(SwarmObjectPlanner.RemoveStep(kind, item, "undeploy") with { DependsOn = after });
            }
        }

        foreach (var network in observed.Networks.Where(observed.InStack).OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            plan.Add(new RemoveSwarmNetworkStep { Id = 0, Resource = $"network:{network.Name}", Reason = "undeploy", NetworkId = network.Id, Network = network.Name, DependsOn = after });
        }

        return plan.Build();
    }

    /// <summary>Back to the spec the service had before its last update, then the wait for it to run again.</summary>
    public static Plan PlanRollback(SwarmObserved observed, string service, TimeSpan? timeout)
    {
        var name = SwarmNames.Scope(observed.Stack, service);
        var running = observed.Services.GetValueOrDefault(name)
            ?? throw new SwarmException($"stack {observed.Stack} has no service {service} (its services: {string.Join(", ", observed.Services.Keys.Select(k => SwarmNames.Descope(observed.Stack, k)))}).");
        var previous = running.PreviousSpec
            ?? throw new SwarmException($"service {name} has no previous spec to return to: it was never updated.");
        var plan = new PlanBuilder();
        var step = plan.Add(new RollbackServiceStep { Id = 0, Resource = $"service:{name}", Reason = $"back to {previous.Labels.GetValueOrDefault(SwarmLabels.Image, previous.Container.Image)}", ServiceId = running.Id, Version = running.Version, Service = name });
        plan.Add(new WaitForRolloutStep
        {
            Id = 0, Resource = $"service:{name}", Reason = SwarmServicePlanner.Goal(previous), Service = name,
            Expected = previous with { ForceUpdate = running.Spec.ForceUpdate }, Outcome = "Rolled back", RollingBack = true, ReplacesTasks = SwarmSpecDigest.ReplacesTasks(SwarmSpecDigest.Differences(previous, running.Spec)), SwarmJudgesFailures = true, Timeout = timeout, DependsOn = [step],
        });
        return plan.Build();
    }

    /// <summary>Services of the stack gone from the files: removed with <c>--prune</c>, else named in a warning.</summary>
    private static ImmutableArray<int> RemoveGone(Project project, SwarmObserved observed, SwarmDeployOptions options, PlanBuilder plan)
    {
        var wanted = project.Services.Keys.Select(k => SwarmNames.Scope(observed.Stack, k)).ToHashSet(StringComparer.Ordinal);
        var gone = observed.Services.Values.Where(s => !wanted.Contains(s.Spec.Name)).ToList();
        if (!options.Prune)
        {
            gone.ForEach(s => plan.Warn($"service {s.Spec.Name} is in stack {observed.Stack} but not in the files; deploy --prune removes it."));
            return [];
        }

        var steps = gone.Select(s => plan.Add(new RemoveServiceStep { Id = 0, Resource = $"service:{s.Spec.Name}", Reason = "gone from the files (--prune)", ServiceId = s.Id, Service = s.Spec.Name })).ToImmutableArray();
        return steps.IsEmpty ? [] : [.. steps, plan.Add(new WaitForTasksGoneStep { Id = 0, Resource = $"stack:{observed.Stack}", Reason = "tasks of removed services", Stack = observed.Stack, ServiceIds = [.. gone.Select(s => s.Id)], DependsOn = steps })];
    }
}
