using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Binding;
using Compose.Model;
using Compose.Planning;
using Compose.Targets.Swarm.Mapping;
using Compose.Targets.Swarm.Observing;
using Compose.Targets.Swarm.Steps;

namespace Compose.Targets.Swarm.Planning;

/// <summary>
/// The networks the services join: created when the swarm has none of that name, left alone when it has (a network
/// cannot change while services use it; a different definition is reported). External ones must exist and be
/// swarm-scoped, as docker stack checks.
/// </summary>
public static class SwarmNetworkPlanner
{
    /// <returns>The step creating each network, keyed <c>network:NAME</c>.</returns>
    public static ImmutableDictionary<string, int> Plan(Project project, SwarmObserved observed, PlanBuilder plan, SourceMap sources)
    {
        var created = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var key in SwarmNetworkMapper.Used(project))
        {
            var network = project.Networks.TryGetValue(key, out var defined) ? defined : new Network { Name = $"{project.Name}_{key}" };
            if (network.External)
            {
                RequireExternal(observed, network.Name, key, sources);
                continue;
            }

            var spec = SwarmNetworkMapper.Map(project, observed.Stack, key, network);
            var existing = observed.Networks.FirstOrDefault(n => n.Name == spec.Name);
            if (existing is null)
            {
                created[$"network:{spec.Name}"] = plan.Add(new CreateSwarmNetworkStep { Id = 0, Resource = $"network:{spec.Name}", Reason = "not found", Spec = spec });
            }
            else if (existing.Scope != "swarm")
            {
                throw new ComposeFileException(sources.Find($"networks.{key}"), $"networks.{key}",
                    $"the manager has a {existing.Scope}-scoped network {spec.Name}, which swarm services cannot join: remove it (docker network rm {spec.Name}) or give this network another name.");
            }
            else if (existing.Driver != spec.Driver || existing.Attachable != spec.Attachable || existing.Internal != spec.Internal)
            {
                plan.Warn($"network {spec.Name} exists with another definition (driver {existing.Driver}, attachable {existing.Attachable}, internal {existing.Internal}); it is kept: undeploy the stack to recreate it.");
            }
        }

        return created.ToImmutable();
    }

    /// <summary>With <c>--prune</c>: the stack's networks no service of the files joins any more, after the services that used them are gone.</summary>
    public static void RemoveUnused(Project project, SwarmObserved observed, PlanBuilder plan, ImmutableArray<int> after)
    {
        var used = SwarmNetworkMapper.Used(project)
            .Select(k => SwarmNames.Resource(project, observed.Stack, k, project.Networks.TryGetValue(k, out var n) ? n.Name : $"{project.Name}_{k}", n?.External ?? false))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var network in observed.Networks.Where(n => observed.InStack(n) && !used.Contains(n.Name)).OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            plan.Add(new RemoveSwarmNetworkStep { Id = 0, Resource = $"network:{network.Name}", Reason = "no service joins it (--prune)", NetworkId = network.Id, Network = network.Name, DependsOn = after });
        }
    }

    private static void RequireExternal(SwarmObserved observed, string name, string key, SourceMap sources)
    {
        if (name == "host")
        {
            return;
        }

        var found = observed.Networks.FirstOrDefault(n => n.Name == name);
        if (found is null)
        {
            throw new ComposeFileException(sources.Find($"networks.{key}"), $"networks.{key}",
                $"network {name} is declared external but could not be found: create a swarm-scoped network first (docker network create --driver overlay {name}).");
        }

        if (found.Scope != "swarm")
        {
            throw new ComposeFileException(sources.Find($"networks.{key}"), $"networks.{key}",
                $"network {name} is declared external but it is {found.Scope}-scoped, not swarm-scoped: swarm services can only join swarm networks.");
        }
    }
}
