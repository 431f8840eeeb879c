using System.Collections.Immutable;
using Compose.Runtime.Docker.Swarm.Wire;
using Compose.Runtime.Swarm;

namespace Compose.Runtime.Docker.Swarm;

/// <summary>
/// A service spec both ways. Networks go out by name and come back as ids, which <see cref="FromWire"/> turns back
/// into names; what the engine fills in on its own (an endpoint mode, empty resource blocks) reads back as the
/// writer left it, so the observed spec of an untouched service equals the spec it was created from.
/// </summary>
internal static class SwarmSpecMapper
{
    public static ServiceSpecDto ToWire(SwarmServiceSpec spec, SwarmObjectIds ids, ApiFeatures features) => new()
    {
        Name = spec.Name,
        Labels = new Dictionary<string, string>(spec.Labels, StringComparer.Ordinal),
        TaskTemplate = new TaskSpecDto
        {
            ContainerSpec = SwarmContainerMapper.ToWire(spec.Container, ids, features),
            Resources = SwarmTaskMapper.ResourcesToWire(spec.Resources),
            RestartPolicy = SwarmTaskMapper.RestartToWire(spec.RestartPolicy),
            Placement = SwarmTaskMapper.PlacementToWire(spec.Placement),
            Networks = spec.Networks.IsDefaultOrEmpty ? null : [.. spec.Networks.Select(n => new NetworkAttachmentConfigDto { Target = n.Target, Aliases = SwarmMaps.ToWire(n.Aliases), DriverOpts = SwarmMaps.ToWire(n.DriverOptions) })],
            LogDriver = spec.LogDriver is { } log ? new DriverDto { Name = log.Name, Options = SwarmMaps.ToWire(log.Options) } : null,
            ForceUpdate = spec.ForceUpdate,
        },
        Mode = ModeToWire(spec.Mode, spec.Replicas),
        UpdateConfig = UpdateToWire(spec.UpdateConfig),
        RollbackConfig = UpdateToWire(spec.RollbackConfig),
        EndpointSpec = spec.Endpoint is { } endpoint ? new EndpointSpecDto { Mode = endpoint.Mode, Ports = endpoint.Ports.IsDefaultOrEmpty ? null : [.. endpoint.Ports.Select(PortToWire)] } : null,
    };

    /// <param name="networkNames">Network ids to names, for the attachments the engine stores by id.</param>
    public static SwarmServiceSpec FromWire(ServiceSpecDto dto, IReadOnlyDictionary<string, string> networkNames)
    {
        var task = dto.TaskTemplate;
        var (mode, replicas) = ModeFromWire(dto.Mode);
        return new SwarmServiceSpec
        {
            Name = dto.Name ?? "",
            Labels = SwarmMaps.FromWire(dto.Labels),
            Container = task.ContainerSpec is { } container ? SwarmContainerMapper.FromWire(container) : new SwarmContainerSpec { Image = "" },
            Resources = SwarmTaskMapper.ResourcesFromWire(task.Resources),
            RestartPolicy = SwarmTaskMapper.RestartFromWire(task.RestartPolicy),
            Placement = SwarmTaskMapper.PlacementFromWire(task.Placement),
            Networks = task.Networks is null ? [] : [.. task.Networks.Select(n => new SwarmNetworkAttachment
            {
                Target = n.Target is { } target && networkNames.TryGetValue(target, out var name) ? name : n.Target ?? "",
                Aliases = SwarmMaps.FromWire(n.Aliases),
                DriverOptions = SwarmMaps.FromWire(n.DriverOpts),
            }).OrderBy(n => n.Target, StringComparer.Ordinal)],
            LogDriver = task.LogDriver is { Name: { Length: > 0 } logName } log ? new SwarmLogDriver { Name = logName, Options = SwarmMaps.FromWire(log.Options) } : null,
            Mode = mode,
            Replicas = replicas,
            UpdateConfig = UpdateFromWire(dto.UpdateConfig),
            RollbackConfig = UpdateFromWire(dto.RollbackConfig),
            Endpoint = dto.EndpointSpec is { } endpoint ? new SwarmEndpointSpec { Mode = string.IsNullOrEmpty(endpoint.Mode) ? null : endpoint.Mode, Ports = endpoint.Ports is null ? [] : [.. endpoint.Ports.Select(PortFromWire)] } : null,
            ForceUpdate = task.ForceUpdate,
        };
    }

    public static SwarmPort PortFromWire(PortConfigDto dto) => new()
    {
        Name = string.IsNullOrEmpty(dto.Name) ? null : dto.Name,
        Protocol = dto.Protocol ?? "tcp",
        TargetPort = dto.TargetPort,
        PublishedPort = dto.PublishedPort,
        PublishMode = dto.PublishMode ?? "ingress",
    };

    private static PortConfigDto PortToWire(SwarmPort port) => new()
    {
        Name = port.Name,
        Protocol = port.Protocol,
        TargetPort = port.TargetPort,
        PublishedPort = port.PublishedPort,
        PublishMode = port.PublishMode,
    };

    private static ServiceModeDto ModeToWire(SwarmServiceMode mode, ulong? replicas) => mode switch
    {
        SwarmServiceMode.Global => new ServiceModeDto { Global = new EmptyObjectDto() },
        SwarmServiceMode.GlobalJob => new ServiceModeDto { GlobalJob = new EmptyObjectDto() },
        SwarmServiceMode.ReplicatedJob => new ServiceModeDto { ReplicatedJob = new ReplicatedJobDto { MaxConcurrent = replicas, TotalCompletions = replicas } },
        _ => new ServiceModeDto { Replicated = new ReplicatedDto { Replicas = replicas ?? 1 } },
    };

    private static (SwarmServiceMode Mode, ulong? Replicas) ModeFromWire(ServiceModeDto? dto) => dto switch
    {
        { Global: not null } => (SwarmServiceMode.Global, null),
        { GlobalJob: not null } => (SwarmServiceMode.GlobalJob, null),
        { ReplicatedJob: { } job } => (SwarmServiceMode.ReplicatedJob, job.TotalCompletions),
        _ => (SwarmServiceMode.Replicated, dto?.Replicated?.Replicas ?? 1),
    };

    private static UpdateConfigDto? UpdateToWire(SwarmUpdateConfig? config) => config is null ? null : new UpdateConfigDto
    {
        Parallelism = config.Parallelism,
        Delay = SwarmDurations.ToWire(config.Delay),
        FailureAction = config.FailureAction,
        Monitor = SwarmDurations.ToWire(config.Monitor),
        MaxFailureRatio = (float)config.MaxFailureRatio,
        Order = config.Order,
    };

    private static SwarmUpdateConfig? UpdateFromWire(UpdateConfigDto? dto) => dto is null ? null : new SwarmUpdateConfig
    {
        Parallelism = dto.Parallelism,
        Delay = SwarmDurations.FromWire(dto.Delay),
        FailureAction = string.IsNullOrEmpty(dto.FailureAction) ? null : dto.FailureAction,
        Monitor = SwarmDurations.FromWire(dto.Monitor),
        // float on the wire: read back through its shortest text so 0.1 stays 0.1, not 0.100000001490116.
        MaxFailureRatio = double.Parse(dto.MaxFailureRatio.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture),
        Order = string.IsNullOrEmpty(dto.Order) ? null : dto.Order,
    };
}
