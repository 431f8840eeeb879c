using System.Collections.Immutable;
using Compose.Model;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>The network part of a plan: create what is missing, remove what the project owns.</summary>
internal static class NetworkPlanner
{
    /// <summary>Returns the create step of each network key that needed one.</summary>
    public static Dictionary<string, int> PlanCreate(Project project, ObservedState observed, PlanBuilder builder)
    {
        var steps = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, network) in project.Networks.Where(n => !n.Value.External))
        {
            if (observed.NetworksByName.ContainsKey(network.Name))
            {
                continue;
            }

            steps[key] = builder.Add(new CreateNetworkStep
            {
                Id = 0,
                Resource = $"network:{key}",
                Reason = "not found",
                Spec = Spec(project, key, network),
            });
        }

        return steps;
    }

    public static void PlanRemove(Project project, ObservedState observed, ImmutableArray<int> after, PlanBuilder builder)
    {
        foreach (var (key, network) in project.Networks.Where(n => !n.Value.External))
        {
            if (observed.NetworksByName.ContainsKey(network.Name))
            {
                builder.Add(new RemoveNetworkStep { Id = 0, Resource = $"network:{key}", Reason = "project down", NetworkName = network.Name, DependsOn = after });
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
        }),
    };
}
