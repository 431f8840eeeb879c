using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Compose networks as NetworkPolicies: a pod carries a label per network its service joins, and each network's
/// policy lets its members in from each other only, so services that share no network cannot talk, as in compose
/// (policies add up: a pod on two networks is reachable from both). A service that publishes ports also accepts
/// those ports from anywhere, as the host port did. Enforced by clusters whose network plugin implements policies.
/// </summary>
public static class NetworkPolicyBuilder
{
    /// <summary>The project networks a service's pods are members of (none under a <c>network_mode</c>).</summary>
    public static IEnumerable<string> NetworksOf(ConversionContext context, Service service) =>
        service.NetworkMode is { } mode && mode is not ("bridge" or "default")
            ? []
            : service.Networks.Keys.Where(n => context.Project.Networks.TryGetValue(n, out var network) && !network.External && IsLabelable(n));

    public static IEnumerable<V1NetworkPolicy> Policies(ConversionContext context)
    {
        var workloads = context.Project.Services.Values.Where(s => VolumeUsage.Runs(context.Roles[s.Name].Kind)).ToList();
        foreach (var service in workloads)
        {
            WarnServiceNetworks(context, service);
        }

        foreach (var (key, network) in context.Project.Networks)
        {
            WarnUnmapped(context, key, network);
            if (network.External || !IsLabelable(key) || !workloads.Any(s => NetworksOf(context, s).Contains(key)))
            {
                continue;
            }

            var members = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { [KubernetesLabels.Network(key)] = "true" } };
            yield return Policy(context, $"{key}-network", KubernetesLabels.ForProject(context.Project.Name), members,
                new V1NetworkPolicyIngressRule { FromProperty = [new V1NetworkPolicyPeer { PodSelector = members }] });
        }

        foreach (var service in workloads.Where(s => PortMapper.Publishes(s) && NetworksOf(context, s).Any()))
        {
            var name = context.NameOf(service.Name);
            var ports = service.Ports.Where(p => p.Published is { Length: > 0 })
                .Select(p => (p.Target, Protocol: p.Protocol.ToUpperInvariant())).Distinct()
                .Select(p => new V1NetworkPolicyPort { Port = p.Target, Protocol = p.Protocol }).ToList();
            yield return Policy(context, $"{name}-published", KubernetesLabels.ForService(context.Project.Name, name),
                new V1LabelSelector { MatchLabels = new Dictionary<string, string>(KubernetesLabels.Selector(context.Project.Name, name)) },
                new V1NetworkPolicyIngressRule { Ports = ports });
        }
    }

    private static V1NetworkPolicy Policy(ConversionContext context, string name, IDictionary<string, string> labels, V1LabelSelector pods, V1NetworkPolicyIngressRule rule) => new()
    {
        ApiVersion = "networking.k8s.io/v1",
        Kind = "NetworkPolicy",
        Metadata = new V1ObjectMeta
        {
            Name = KubernetesNames.Subdomain(name) ?? throw context.Refuse("networks", $"'{name}' cannot name a NetworkPolicy."),
            Labels = new Dictionary<string, string>(labels, StringComparer.Ordinal),
        },
        Spec = new V1NetworkPolicySpec { PodSelector = pods, PolicyTypes = ["Ingress"], Ingress = [rule] },
    };

    /// <summary>The network's name must fit a label key's name part.</summary>
    private static bool IsLabelable(string network) => KubernetesNames.IsQualifiedKey(KubernetesLabels.Network(network));

    private static void WarnUnmapped(ConversionContext context, string key, Network network)
    {
        var path = $"networks.{key}";
        if (network.External)
        {
            context.Warn(WarningKinds.Network, $"{path}.external", "an external network has no mapping: pods reach other projects' Services by DNS name; no policy is written for it.");
        }

        if (network.Internal)
        {
            context.Warn(WarningKinds.Network, $"{path}.internal", "internal (no outside access) is not enforced: the policies limit who reaches the pods, not where they connect.");
        }

        if (network.Driver is { } driver && driver is not ("bridge" or "overlay"))
        {
            context.Warn(WarningKinds.Network, $"{path}.driver", $"the network driver {driver} has no mapping: pods use the cluster's network.");
        }

        if (network.Ipam is not null)
        {
            context.Warn(WarningKinds.Network, $"{path}.ipam", "address management has no mapping: the cluster assigns pod addresses.");
        }

        if (!network.DriverOpts.IsEmpty)
        {
            context.Warn(WarningKinds.Network, $"{path}.driver_opts", "driver_opts have no mapping.");
        }

        if (!IsLabelable(key))
        {
            context.Warn(WarningKinds.Network, path, "this name does not fit a label key, so no policy is written for the network.");
        }
    }

    private static void WarnServiceNetworks(ConversionContext context, Service service)
    {
        foreach (var (key, attachment) in service.Networks)
        {
            if (attachment.Ipv4Address is not null || attachment.Ipv6Address is not null || !attachment.LinkLocalIps.IsEmpty || attachment.MacAddress is not null
                || !attachment.DriverOpts.IsEmpty || attachment.InterfaceName is not null)
            {
                context.Warn(WarningKinds.Network, $"services.{service.Name}.networks.{key}", "fixed addresses, MAC addresses, interface names and driver_opts have no mapping: the cluster assigns pod addresses.");
            }
        }
    }
}
