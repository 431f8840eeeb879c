namespace Compose.Runtime.Docker.Swarm.Wire;

/// <summary>A service spec as the engine takes and returns it; durations are nanoseconds.</summary>
internal sealed class ServiceSpecDto
{
    public string? Name { get; set; }

    /// <summary>Always written: the engine's type has no omitempty here.</summary>
    public Dictionary<string, string> Labels { get; set; } = [];

    public TaskSpecDto TaskTemplate { get; set; } = new();
    public ServiceModeDto? Mode { get; set; }
    public UpdateConfigDto? UpdateConfig { get; set; }
    public UpdateConfigDto? RollbackConfig { get; set; }
    public EndpointSpecDto? EndpointSpec { get; set; }
}

internal sealed class TaskSpecDto
{
    public ContainerSpecDto? ContainerSpec { get; set; }
    public ResourceRequirementsDto? Resources { get; set; }
    public SwarmRestartPolicyDto? RestartPolicy { get; set; }
    public PlacementDto? Placement { get; set; }
    public NetworkAttachmentConfigDto[]? Networks { get; set; }
    public DriverDto? LogDriver { get; set; }
    public ulong ForceUpdate { get; set; }
}

internal sealed class ServiceModeDto
{
    public ReplicatedDto? Replicated { get; set; }
    public EmptyObjectDto? Global { get; set; }
    public ReplicatedJobDto? ReplicatedJob { get; set; }
    public EmptyObjectDto? GlobalJob { get; set; }
}

internal sealed class ReplicatedDto
{
    public ulong? Replicas { get; set; }
}

internal sealed class ReplicatedJobDto
{
    public ulong? MaxConcurrent { get; set; }
    public ulong? TotalCompletions { get; set; }
}

/// <summary><c>{}</c>: a mode that is set by being present.</summary>
internal sealed class EmptyObjectDto;

internal sealed class UpdateConfigDto
{
    public ulong Parallelism { get; set; }
    public long? Delay { get; set; }
    public string? FailureAction { get; set; }
    public long? Monitor { get; set; }
    public float MaxFailureRatio { get; set; }
    public string? Order { get; set; }
}

internal sealed class EndpointSpecDto
{
    public string? Mode { get; set; }
    public PortConfigDto[]? Ports { get; set; }
}

internal sealed class PortConfigDto
{
    public string? Name { get; set; }
    public string? Protocol { get; set; }
    public uint TargetPort { get; set; }
    public uint PublishedPort { get; set; }
    public string? PublishMode { get; set; }
}

internal sealed class DriverDto
{
    public string? Name { get; set; }
    public Dictionary<string, string>? Options { get; set; }
}
