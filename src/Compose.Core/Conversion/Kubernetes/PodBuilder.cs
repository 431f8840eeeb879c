using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// The pod template of a workload: the services it waits for (<c>service_completed_successfully</c>) and its
/// <c>pre_start</c> hooks as init containers, then the service's container, the volumes they share, the network
/// labels the NetworkPolicies select, and the pod-level keys (grace period, hostname, hosts, DNS, sysctls, placement).
/// </summary>
public static class PodBuilder
{
    public sealed record Pod(V1PodTemplateSpec Template, PodVolumes Volumes);

    public static Pod Build(ConversionContext context, Service service, string restartPolicy)
    {
        var volumes = new PodVolumes { TemplatedVolumes = VolumeUsage.TemplatedFor(context, service.Name) };
        var initContainers = context.Roles[service.Name].InitServices
            .Select(name => ContainerBuilder.Init(context, context.Project.Services[name], volumes))
            .ToList();
        var main = ContainerBuilder.Main(context, service, volumes);
        initContainers.AddRange(HookMapper.PreStart(context, service, main));
        var spec = new V1PodSpec
        {
            InitContainers = initContainers.Count == 0 ? null : initContainers,
            Containers = [main],
            RestartPolicy = restartPolicy,
            TerminationGracePeriodSeconds = service.StopGracePeriod is { } grace ? KubeValues.Seconds(grace, minimum: 0) : null,
            Hostname = Hostname(context, service),
            HostAliases = PodNetworkMapper.HostAliases(context, service),
            DnsConfig = PodNetworkMapper.DnsConfig(service),
            NodeSelector = PlacementMapper.NodeSelector(context, service),
            SecurityContext = PodSecurity(context, service),
        };
        spec.Volumes = volumes.Volumes.Count == 0 ? null : [.. volumes.Volumes];
        var metadata = new V1ObjectMeta
        {
            Labels = new Dictionary<string, string>(KubernetesLabels.ForService(context.Project.Name, context.NameOf(service.Name)), StringComparer.Ordinal),
            Annotations = Annotations(context, service),
        };
        foreach (var network in NetworkPolicyBuilder.NetworksOf(context, service))
        {
            metadata.Labels[KubernetesLabels.Network(network)] = "true";
        }

        return new Pod(new V1PodTemplateSpec { Metadata = metadata, Spec = spec }, volumes);
    }

    /// <summary>Service <c>labels</c> and <c>annotations</c> as pod annotations: their values are free text, which label values are not.</summary>
    private static Dictionary<string, string>? Annotations(ConversionContext context, Service service)
    {
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in service.Labels.Concat(service.Annotations))
        {
            if (KubernetesNames.IsQualifiedKey(key))
            {
                annotations[key] = value;
            }
            else
            {
                context.Warn(WarningKinds.Label, $"services.{service.Name}.labels", $"the key '{key}' is not a valid Kubernetes annotation key (at most 63 characters after an optional prefix/); it is left out.");
            }
        }

        return annotations.Count == 0 ? null : annotations;
    }

    private static string? Hostname(ConversionContext context, Service service)
    {
        if (service.Hostname is not { } hostname)
        {
            return null;
        }

        if (KubernetesNames.IsDns1123Label(hostname))
        {
            return hostname;
        }

        context.Warn(WarningKinds.Network, $"services.{service.Name}.hostname", $"'{hostname}' is not a valid pod hostname (a DNS label); it is left out.");
        return null;
    }

    /// <summary><c>sysctls</c> and numeric <c>group_add</c> entries are pod-level in Kubernetes.</summary>
    private static V1PodSecurityContext? PodSecurity(ConversionContext context, Service service)
    {
        var groups = new List<long?>();
        foreach (var group in service.GroupAdd)
        {
            if (long.TryParse(group, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var gid))
            {
                groups.Add(gid);
            }
            else
            {
                context.Warn(WarningKinds.NamedUser, $"services.{service.Name}.group_add", $"Kubernetes takes numeric groups; '{group}' is left out.");
            }
        }

        var sysctls = service.Sysctls.Select(s => new V1Sysctl { Name = s.Key, Value = s.Value }).ToList();
        return groups.Count == 0 && sysctls.Count == 0 ? null : new V1PodSecurityContext
        {
            SupplementalGroups = groups.Count == 0 ? null : groups,
            Sysctls = sysctls.Count == 0 ? null : sysctls,
        };
    }
}
