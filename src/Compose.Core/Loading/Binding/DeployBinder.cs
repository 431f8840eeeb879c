using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary><c>deploy:</c> with resources in bytes and CPUs, replicas, restart policy and the swarm-only settings.</summary>
public static class DeployBinder
{
    public static DeployConfig Bind(Node value, string path)
    {
        var deploy = MappingReader.Open(value, path, SpecKeys.Deploy);
        return new DeployConfig
        {
            Mode = OneOf(deploy, "mode", "replicated", "global", "replicated-job", "global-job"),
            Replicas = NonNegative(deploy, "replicas"),
            Labels = deploy.Map("labels"),
            UpdateConfig = deploy.Object("update_config", UpdateConfig),
            RollbackConfig = deploy.Object("rollback_config", UpdateConfig),
            Resources = deploy.Object("resources", Resources),
            RestartPolicy = deploy.Object("restart_policy", RestartPolicy),
            Placement = deploy.Object("placement", Placement),
            EndpointMode = OneOf(deploy, "endpoint_mode", "vip", "dnsrr"),
        };
    }

    /// <summary>The value of <paramref name="key"/> when it is one of <paramref name="allowed"/>; else an error listing them.</summary>
    public static string? OneOf(MappingReader reader, string key, params string[] allowed)
    {
        var value = reader.String(key);
        return value is null || allowed.Contains(value)
            ? value
            : throw new ComposeFileException(reader.Get(key)!.Location, reader.PathOf(key), $"'{value}' is not allowed here; use {string.Join(", ", allowed)}.");
    }

    public static int? NonNegative(MappingReader reader, string key) => reader.Int(key) is { } n && n < 0
        ? throw new ComposeFileException(reader.Get(key)!.Location, reader.PathOf(key), $"{n} is negative; use 0 or more.")
        : reader.Int(key);

    private static UpdateConfig UpdateConfig(Node node, string path)
    {
        var update = MappingReader.Open(node, path, SpecKeys.UpdateConfig);
        return new UpdateConfig
        {
            Parallelism = NonNegative(update, "parallelism"),
            Delay = update.Duration("delay"),
            FailureAction = update.String("failure_action"),
            Monitor = update.Duration("monitor"),
            MaxFailureRatio = update.Decimal("max_failure_ratio"),
            Order = OneOf(update, "order", "start-first", "stop-first"),
        };
    }

    private static DeployResources Resources(Node node, string path)
    {
        var resources = MappingReader.Open(node, path, SpecKeys.Resources);
        return new DeployResources
        {
            Limits = resources.Object("limits", (n, p) => Limits(MappingReader.Open(n, p, SpecKeys.ResourceLimits))),
            Reservations = resources.Object("reservations", (n, p) => Limits(MappingReader.Open(n, p, SpecKeys.ResourceReservations))),
        };
    }

    /// <summary>Limits and reservations share a shape; only reservations declare devices and generic resources.</summary>
    private static ResourceLimits Limits(MappingReader limits) => new()
    {
        Cpus = limits.Decimal("cpus"),
        Memory = limits.Bytes("memory"),
        Pids = limits.Node["pids"] is null ? null : limits.Long("pids"),
        Devices = limits.Node["devices"] is null ? [] : limits.Items("devices", DeviceRequestBinder.Bind),
        GenericResources = limits.Node["generic_resources"] is null ? [] : limits.Items("generic_resources", GenericResource),
    };

    private static GenericResource GenericResource(Node node, string path)
    {
        var resource = MappingReader.Open(node, path, SpecKeys.GenericResource);
        var spec = MappingReader.Open(resource.Required("discrete_resource_spec"), resource.PathOf("discrete_resource_spec"), SpecKeys.DiscreteResourceSpec);
        return new GenericResource(NodeReader.String(spec.Required("kind"), spec.PathOf("kind")), NodeReader.Long(spec.Required("value"), spec.PathOf("value")));
    }

    private static RestartPolicy RestartPolicy(Node node, string path)
    {
        var policy = MappingReader.Open(node, path, SpecKeys.RestartPolicy);
        return new RestartPolicy
        {
            Condition = OneOf(policy, "condition", "none", "on-failure", "any"),
            Delay = policy.Duration("delay"),
            MaxAttempts = NonNegative(policy, "max_attempts"),
            Window = policy.Duration("window"),
        };
    }

    private static Placement Placement(Node node, string path)
    {
        var placement = MappingReader.Open(node, path, SpecKeys.Placement);
        return new Placement
        {
            Constraints = placement.Strings("constraints"),
            Preferences = placement.Items("preferences", (n, p) => NodeReader.String(MappingReader.Open(n, p, SpecKeys.PlacementPreference).Required("spread"), $"{p}.spread")),
            MaxReplicasPerNode = NonNegative(placement, "max_replicas_per_node"),
        };
    }
}
