using System.Collections.Immutable;
using System.Globalization;
using Compose.Model;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Mapping;

/// <summary>
/// A compose service as a swarm service, following what <c>docker stack deploy</c> does (docker/cli's
/// <c>cli/compose/convert</c>) so both tools read each other's stacks; deviations are noted where they are made.
/// The keys swarm has no use for are reported by <see cref="SwarmKeyAudit"/>, not here.
/// </summary>
public static class SwarmServiceMapper
{
    public static SwarmServiceSpec Map(SwarmMappingContext context, Service service)
    {
        var deploy = service.Deploy;
        var (mode, replicas) = Mode(service);
        var labels = deploy?.Labels ?? ModelMaps.Empty<string>();
        return new SwarmServiceSpec
        {
            Name = SwarmNames.Scope(context.Stack, service.Name),
            Labels = labels.SetItem(SwarmLabels.Namespace, context.Stack).SetItem(SwarmLabels.Image, service.Image ?? ""),
            Container = SwarmContainerMapper.Map(context, service),
            Resources = SwarmDeployMapper.Resources(deploy?.Resources),
            RestartPolicy = SwarmDeployMapper.RestartPolicy(service),
            Placement = SwarmDeployMapper.Placement(deploy?.Placement),
            Networks = Networks(context, service),
            LogDriver = service.Logging is { Driver: { } driver } logging ? new SwarmLogDriver { Name = driver, Options = logging.Options } : null,
            Mode = mode,
            Replicas = replicas,
            UpdateConfig = SwarmDeployMapper.Update(deploy?.UpdateConfig),
            RollbackConfig = SwarmDeployMapper.Update(deploy?.RollbackConfig),
            Endpoint = new SwarmEndpointSpec
            {
                // The engine answers "vip" for a spec that gave none: written out, so an unchanged service reads back equal.
                Mode = deploy?.EndpointMode?.ToLowerInvariant() ?? "vip",
                Ports = [.. service.Ports.Select(Port).OrderBy(p => p.PublishedPort).ThenBy(p => p.TargetPort)
                    .ThenBy(p => p.Protocol, StringComparer.Ordinal).ThenBy(p => p.PublishMode, StringComparer.Ordinal)],
            },
        };
    }

    /// <summary><c>deploy.mode</c> (replicated, global and the job modes) with <c>deploy.replicas</c> or <c>scale</c>.</summary>
    public static (SwarmServiceMode Mode, ulong? Replicas) Mode(Service service) => service.Deploy?.Mode switch
    {
        "global" => (SwarmServiceMode.Global, null),
        "global-job" => (SwarmServiceMode.GlobalJob, null),
        "replicated-job" => (SwarmServiceMode.ReplicatedJob, (ulong)service.Replicas),
        _ => (SwarmServiceMode.Replicated, (ulong)service.Replicas),
    };

    /// <summary>
    /// Attachments by swarm network name, sorted. On user-defined networks the service's own name is an alias, as
    /// docker stack adds it (tasks are then found by the compose name, not only the stack-scoped one).
    /// </summary>
    private static ImmutableArray<SwarmNetworkAttachment> Networks(SwarmMappingContext context, Service service) =>
    [
        .. service.Networks.Select(entry =>
        {
            var network = context.Project.Networks.TryGetValue(entry.Key, out var defined) ? defined : new Network { Name = $"{context.Project.Name}_{entry.Key}" };
            var target = SwarmNames.Resource(context.Project, context.Stack, entry.Key, network.Name, network.External);
            var userDefined = target is not ("host" or "bridge" or "none" or "ingress");
            return new SwarmNetworkAttachment
            {
                Target = target,
                Aliases = userDefined ? [.. entry.Value.Aliases, service.Name] : entry.Value.Aliases,
                DriverOptions = entry.Value.DriverOpts,
            };
        }).OrderBy(n => n.Target, StringComparer.Ordinal),
    ];

    private static SwarmPort Port(PortMapping port) => new()
    {
        Name = port.Name,
        Protocol = port.Protocol,
        TargetPort = (uint)port.Target,
        PublishedPort = string.IsNullOrEmpty(port.Published) ? 0 : uint.Parse(port.Published, NumberStyles.None, CultureInfo.InvariantCulture),
        PublishMode = port.Mode,
    };
}
