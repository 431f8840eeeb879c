using System.Collections.Immutable;
using System.Security.Cryptography;
using Compose.Errors;
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
    /// The networks of the services this <c>up</c> acts on, and those no service uses (declared for other tools, or for
    /// a <c>run</c> container); a network only other services use waits for their <c>up</c>.
    /// </summary>
    public static void PlanUp(UpPlanState context)
    {
        var used = context.Selected.SelectMany(s => context.Project.Services[s].Networks.Keys).ToHashSet(StringComparer.Ordinal);
        var usedByAny = context.Project.Services.Values.SelectMany(s => s.Networks.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (key, network) in context.Project.Networks.Where(n => used.Contains(n.Key) || !usedByAny.Contains(n.Key)))
        {
            if (network.External)
            {
                RequireExternal(context.Observed, network);
            }
            else if (!context.Observed.NetworksByName.TryGetValue(network.Name, out var existing))
            {
                context.RecordNetwork(key, context.Builder.Add(new CreateNetworkStep { Id = 0, Resource = $"network:{key}", Reason = "not found", Spec = Spec(context.Project, key, network) }));
            }
            else if (Diverged(network, existing))
            {
                Recreate(context, key, network);
            }
        }
    }

    public static void PlanRemove(IEnumerable<KeyValuePair<string, string>> networks, ObservedState observed, ImmutableArray<int> after, PlanBuilder builder)
    {
        foreach (var (key, name) in networks)
        {
            if (observed.NetworksByName.ContainsKey(name))
            {
                builder.Add(new RemoveNetworkStep { Id = 0, Resource = $"network:{key}", Reason = "project down", NetworkName = name, DependsOn = after, KeepWhenInUse = true });
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
            [ComposeLabels.ConfigHash] = ConfigHash.ResourceLabel(Hash(network)),
        }),
    };

    /// <summary>The network definition's fingerprint, labelled on the network so a later <c>up</c> sees a change.</summary>
    public static string Hash(Network network) =>
        Convert.ToHexStringLower(SHA256.HashData(CanonicalJson.Serialize(network)));

    private static bool Diverged(Network network, NetworkInfo existing) => ConfigHash.LabelledOtherwise(existing.Labels, Hash(network));

    private static void RequireExternal(ObservedState observed, Network network)
    {
        if (!observed.ExternalNetworks.Contains(network.Name))
        {
            throw new ComposeException(
                $"network {network.Name} is declared as external, but could not be found. Create it with 'docker network create {network.Name}', or remove 'external: true' so that composectl creates it.");
        }
    }

    /// <summary>Stop and disconnect every container on the network, remove it, create it anew; containers rejoin later.</summary>
    private static void Recreate(UpPlanState context, string key, Network network)
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
            Id = 0, Resource = $"network:{key}", Reason = "definition changed", NetworkName = network.Name, DependsOn = [.. disconnects.Select(d => d.Step)],
        });
        var create = context.Builder.Add(new CreateNetworkStep { Id = 0, Resource = $"network:{key}", Reason = "definition changed", Spec = Spec(context.Project, key, network), DependsOn = [remove] });
        context.RecordNetwork(key, create);
        foreach (var (container, disconnect) in disconnects)
        {
            context.Reconnects.Add(container.Id, new NetworkRecreation.Reconnect(key, create, disconnect));
        }
    }
}
