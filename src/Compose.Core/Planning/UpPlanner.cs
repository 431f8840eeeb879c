using System.Collections.Immutable;
using Compose.Errors;
using Compose.Graph;
using Compose.Model;
using Compose.Observing;
using Compose.Planning.Steps;

namespace Compose.Planning;

/// <summary>
/// Plans <c>up</c>/<c>create</c>: networks and volumes first, then each service's containers in dependency order
/// (create phase), orphans, and the starts with their dependency waits (start phase).
/// </summary>
internal static class UpPlanner
{
    public static Plan Plan(Project project, ObservedState observed, UpOptions options, CancellationToken cancellationToken)
    {
        var selected = ServiceSelection.WithDependencies(project, options.Services, includeDependencies: !options.NoDeps);
        Validate(project, selected, options);
        CapabilityCheck.RequireFor(project, selected, observed.Capabilities);
        var context = new UpPlanState(project, observed, options, selected, cancellationToken);
        NetworkPlanner.PlanUp(context);
        VolumePlanner.PlanUp(context);
        var order = DependencyGraph.For(project).TopologicalOrder().Where(selected.Contains).ToImmutableArray();
        var replicas = new ReplicaPlanner(context);
        foreach (var name in order)
        {
            replicas.Plan(project.Services[name]);
        }

        PlanOrphans(context);
        ReconnectOthers(context);
        if (!options.NoStart)
        {
            new StartPhasePlanner(context).Plan(order);
        }

        return context.Builder.Build();
    }

    private static void Validate(Project project, ImmutableSortedSet<string> selected, UpOptions options)
    {
        foreach (var name in options.Scale.Keys.Where(n => !project.Services.ContainsKey(n)))
        {
            throw new NoSuchServiceException(name, project.Services.Keys, $"--scale {name}");
        }

        foreach (var service in selected.Select(n => project.Services[n]))
        {
            var replicas = options.Scale.TryGetValue(service.Name, out var n) ? n : service.Replicas;
            if (replicas < 0)
            {
                throw new ComposeException($"services.{service.Name}: the replica count cannot be negative ({replicas}).");
            }

            if (replicas > 1 && service.ContainerName is { } containerName)
            {
                throw new ComposeException(
                    $"services.{service.Name}: container_name '{containerName}' names a single container, so the service cannot have {replicas} replicas; remove container_name or scale it to 1.");
            }
        }
    }

    private static void PlanOrphans(UpPlanState context)
    {
        var orphans = context.Observed.Orphans(context.Project).ToList();
        if (orphans.Count == 0)
        {
            return;
        }

        if (context.Options.RemoveOrphans)
        {
            new ContainerChanges(context).StopAndRemove(orphans, "orphan");
        }
        else if (!context.Options.IgnoreOrphans)
        {
            context.Builder.Warn(
                $"Found orphan containers ([{string.Join(' ', orphans.Select(o => o.Name))}]) for this project. If you removed or renamed this service in your compose file, " +
                "you can run this command with the --remove-orphans flag to clean it up.");
        }
    }

    /// <summary>Containers outside this <c>up</c> that a network recreation disconnected: connected again, and started if they ran.</summary>
    private static void ReconnectOthers(UpPlanState context)
    {
        var steps = new ContainerChanges(context);
        foreach (var id in context.Reconnects.RemainingContainers)
        {
            var container = context.Observed.Containers.First(c => c.Id == id);
            var service = ContainerFacts.ServiceOf(container) is { } name ? context.Project.Services.GetValueOrDefault(name) : null;
            var reference = ContainerRef.Existing(container.Id, container.Name);
            var connected = steps.Reconnect(service, container, reference, after: null);
            if (context.StopReasonOf(id) is { } reason && !context.Options.NoStart)
            {
                context.Builder.AddStart(
                    new StartContainerStep { Id = 0, Resource = ContainerNames.Resource(container), Reason = reason, Container = reference, DependsOn = connected is { } c ? [c] : [] },
                    service?.PostStart ?? []);
            }
        }
    }
}
