using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// One compose service as a container: image and pull policy, <c>entrypoint</c> as command and <c>command</c> as args
/// (so an image's ENTRYPOINT stays when only <c>command</c> is set, as with the engine), environment, ports,
/// resources, mounts, security and, for the pod's main container, probes and lifecycle hooks.
/// </summary>
public static class ContainerBuilder
{
    public static V1Container Main(ConversionContext context, Service service, PodVolumes volumes)
    {
        var container = Common(context, service, volumes);
        var probes = ProbeMapper.Map(context, service);
        container.ReadinessProbe = probes.Readiness;
        container.LivenessProbe = probes.Liveness;
        container.StartupProbe = probes.Startup;
        container.Ports = PortMapper.ContainerPorts(context, service);
        container.Lifecycle = HookMapper.Lifecycle(context, service);
        return container;
    }

    /// <summary>A service others wait for, run to completion before their main container (init containers take no probes or ports).</summary>
    public static V1Container Init(ConversionContext context, Service service, PodVolumes volumes)
    {
        var container = Common(context, service, volumes);
        if (service.HealthCheck is { IsDisabled: false })
        {
            context.Warn(WarningKinds.Unsupported, $"services.{service.Name}.healthcheck", "it runs as an init container, which has no probes: its healthcheck is left out.");
        }

        if (!service.Ports.IsEmpty)
        {
            context.Warn(WarningKinds.Unsupported, $"services.{service.Name}.ports", "it runs as an init container (others wait for it to complete), which serves no ports: they are left out.");
        }

        return container;
    }

    private static V1Container Common(ConversionContext context, Service service, PodVolumes volumes)
    {
        UnmappedKeys.Warn(context, service);
        return new V1Container
        {
            Name = context.NameOf(service.Name),
            Image = service.ImageName(context.Project.Name),
            ImagePullPolicy = PullPolicy(context, service),
            Command = KubeValues.Literals(service.Entrypoint),
            Args = KubeValues.Literals(service.Command),
            WorkingDir = service.WorkingDir,
            Env = EnvironmentMapper.Env(context, service),
            EnvFrom = EnvironmentMapper.EnvFrom(context, service),
            Resources = ResourceMapper.Map(context, service),
            VolumeMounts = Mounts(context, service, volumes),
            SecurityContext = SecurityMapper.Map(context, service),
            Tty = service.Tty ? true : null,
            Stdin = service.StdinOpen ? true : null,
        };
    }

    private static List<V1VolumeMount>? Mounts(ConversionContext context, Service service, PodVolumes volumes)
    {
        List<V1VolumeMount> mounts = [.. MountMapper.Mounts(context, service, volumes), .. FileObjectMapper.Mounts(context, service, volumes)];
        return mounts.Count == 0 ? null : mounts;
    }

    /// <summary>compose's pull policies where Kubernetes has one; <c>build</c> means the image is local, so pull only if missing.</summary>
    private static string? PullPolicy(ConversionContext context, Service service)
    {
        switch (service.PullPolicy)
        {
            case null:
                return null;
            case "always" or "refresh":
                return "Always";
            case "never":
                return "Never";
            case "missing" or "if_not_present" or "build":
                return "IfNotPresent";
            default:
                context.Warn(WarningKinds.Unsupported, $"services.{service.Name}.pull_policy", $"pull_policy: {service.PullPolicy} has no mapping; the cluster's default applies.");
                return null;
        }
    }
}
