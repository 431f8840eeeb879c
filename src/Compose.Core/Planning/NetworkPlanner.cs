using System.Collections.Immutable;
using Compose.Errors;
using Compose.Hashing;
using Compose.Model;
using Compose.Observing;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>
/// The network part of a plan: create what is missing, check that external networks exist, recreate a network
/// whose definition changed (stopping and disconnecting its containers first, reconnecting them after), and remove
/// the project's own networks on <c>down</c>.
/// </summary>
internal static class NetworkPlanner
{
    /// <summary>
    /// The networks of the services this <c>up</c> acts on, and those no service uses (only there with
    /// <c>--all-resources</c>: the loader drops them otherwise); a network only other services use waits for their <c>up</c>.
    /// </summary>
    public static void PlanUp(UpPlanState context)
    {
        var used = context.Selected.SelectMany(s => context.Project.Services[s].Networks.Keys).ToHashSet(StringComparer.Ordinal);
        var usedByAny = context.Project.Services.Values.SelectMany(s => s.Networks.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, network) in context.Project.Networks.Where(n => used.Contains(n.Key) || !usedByAny.Contains(n.Key)))
        {
            if (network.External)
            {
                RequireExternal(context.Observed, key, network);
            }
            else if (!context.Observed.NetworksByName.TryGetValue(network.Name, out var existing))
            {
                context.RecordNetwork(key, context.Builder.Add(new CreateNetworkStep { Id = 0, Resource = $"network:{key}", Reason = "not found", Spec = Spec(context.Project, key, network) }));
            }
            else
            {
                var duplicates = RemoveDuplicates(context, key, network.Name);
                if (Diverged(network, existing))
                {
                    Recreate(context, key, network, duplicates);
                }
                else if (duplicates.Length > 0)
                {
                    context.RecordNetwork(key, duplicates[^1]);
                }
            }
        }
    }

    /// <summary>
    /// Extra networks with this name go before any container joins it by name (which the engine refuses while the
    /// name is ambiguous). One a container still uses is kept with a warning by the step itself.
    /// </summary>
    private static ImmutableArray<int> RemoveDuplicates(UpPlanState context, string key, string name)
    {
        var duplicates = context.Observed.DuplicatesOf(name).ToList();
        if (duplicates.Count == 0)
        {
            return [];
        }

        var kept = context.Observed.NetworksByName[name];
        context.Builder.Warn(
            $"network {name} exists {duplicates.Count + 1} times (ids {string.Join(", ", duplicates.Prepend(kept).Select(n => EngineIds.Short(n.Id)))}), as after two runs that raced; keeping {EngineIds.Short(kept.Id)} and removing the others");
        // One after the other, so that a container depending on the last removal waits for all of them.
        var steps = new List<int>();
        foreach (var duplicate in duplicates)
        {
            steps.Add(context.Builder.Add(RemoveDuplicate(key, duplicate, $"duplicate of network {EngineIds.Short(kept.Id)}", [.. steps.TakeLast(1)])));
        }

        return [.. steps];
    }

    private static RemoveNetworkStep RemoveDuplicate(string key, NetworkInfo duplicate, string reason, ImmutableArray<int> after) => new()
    {
        Id = 0, Resource = $"network:{key}", Reason = reason, NetworkName = duplicate.Name, NetworkId = duplicate.Id, DependsOn = after, KeepWhenInUse = true,
    };

    public static void PlanRemove(IEnumerable<KeyValuePair<string, string>> networks, ObservedState observed, ImmutableArray<int> after, PlanBuilder builder)
    {
        foreach (var (key, name) in networks)
        {
            if (observed.NetworksByName.TryGetValue(name, out var existing))
            {
                var ambiguous = observed.DuplicatesOf(name).Any();
                builder.Add(new RemoveNetworkStep
                {
                    Id = 0, Resource = $"network:{key}", Reason = "project down", NetworkName = name, NetworkId = ambiguous ? existing.Id : null, DependsOn = after, KeepWhenInUse = true,
                });
            }

            // The engine refuses a removal by an ambiguous name, so the duplicates (and then the first) go by id.
            foreach (var duplicate in observed.DuplicatesOf(name))
            {
                builder.Add(RemoveDuplicate(key, duplicate, "project down (a duplicate)", after));
            }
        }
    }

    public static NetworkCreateSpec Spec(Project project, string key, Network network) => new()
    {
        Name = network.Name,
        Driver = network.Driver ?? "bridge",
        Internal = network.Internal,
        Attachable = network.Attachable,
        EnableIPv6 = network.EnableIpv6 ?? false,
        Options = network.DriverOpts,
        Labels = network.Labels.SetItems(new Dictionary<string, string>
        {
            [ComposeLabels.Project] = project.Name,
            [ComposeLabels.Network] = key,
            [ComposeLabels.Version] = ComposeLabels.ToolVersion,
            [ComposeLabels.ConfigHash] = DefinitionHash.ResourceLabel(DefinitionHash.Of(network)),
        }),
    };

    private static bool Diverged(Network network, NetworkInfo existing) => DefinitionHash.LabelledOtherwise(existing.Labels, DefinitionHash.Of(network));

    private static void RequireExternal(ObservedState observed, string key, Network network)
    {
        ExternalNames.RequireNamed("networks", key, network.Name);
        if (!observed.ExternalNetworks.Contains(network.Name))
        {
            throw new ComposeException(
                $"network {network.Name} is declared as external, but could not be found. Create it with 'docker network create {network.Name}', or remove 'external: true' so that composectl creates it.");
        }
    }

    /// <summary>Stop and disconnect every container on the network, remove it, create it anew; containers rejoin later.</summary>
    private static void Recreate(UpPlanState context, string key, Network network, ImmutableArray<int> duplicatesRemoved)
    {
        var attached = context.Observed.Containers.Where(c => c.Networks.Contains(network.Name)).ToList();
        var disconnects = new List<(ContainerInfo Container, int Step)>();
        foreach (var container in attached)
        {
            var stop = context.StopOnce(container, $"network {key} changed");
            disconnects.Add((container, context.Builder.Add(new DisconnectNetworkStep
            {
                Id = 0,
                Resource = ContainerNames.Resource(container),
                Reason = $"network {key} changed",
                Container = ContainerRef.Existing(container.Id, container.Name),
                NetworkName = network.Name,
                DependsOn = stop is { } s ? [s] : [],
            })));
        }

        var remove = context.Builder.Add(new RemoveNetworkStep
        {
            Id = 0, Resource = $"network:{key}", Reason = "definition changed", NetworkName = network.Name, DependsOn = [.. disconnects.Select(d => d.Step), .. duplicatesRemoved],
        });
        var create = context.Builder.Add(new CreateNetworkStep { Id = 0, Resource = $"network:{key}", Reason = "definition changed", Spec = Spec(context.Project, key, network), DependsOn = [remove] });
        context.RecordNetwork(key, create);
        foreach (var (container, disconnect) in disconnects)
        {
            context.Reconnects.Add(container.Id, new NetworkRecreation.Reconnect(key, create, disconnect));
        }
    }
}
