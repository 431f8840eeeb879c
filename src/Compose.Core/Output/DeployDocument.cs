using Compose.Model;

namespace Compose.Output;

/// <summary><c>deploy:</c>, keys in docker compose's order; memory as a byte count, CPUs as a number.</summary>
internal static class DeployDocument
{
    public static OrderedMap From(DeployConfig deploy) => OutputValues.Always(
        ("mode", deploy.Mode),
        ("replicas", deploy.Replicas),
        ("labels", OutputValues.Map(deploy.Labels)),
        ("update_config", deploy.UpdateConfig is { } update ? Update(update) : null),
        ("rollback_config", deploy.RollbackConfig is { } rollback ? Update(rollback) : null),
        ("resources", deploy.Resources is { } resources
            ? OutputValues.Always(("limits", Limits(resources.Limits)), ("reservations", Limits(resources.Reservations)))
            : null),
        ("restart_policy", deploy.RestartPolicy is { } policy ? OutputValues.Always(
            ("condition", policy.Condition),
            ("delay", OutputValues.Duration(policy.Delay)),
            ("max_attempts", policy.MaxAttempts),
            ("window", OutputValues.Duration(policy.Window))) : null),
        ("placement", deploy.Placement is { } placement ? OutputValues.Always(
            ("constraints", OutputValues.List(placement.Constraints)),
            ("preferences", OutputValues.List(placement.Preferences, p => OutputValues.Always(("spread", p)))),
            ("max_replicas_per_node", placement.MaxReplicasPerNode)) : null),
        ("endpoint_mode", deploy.EndpointMode));

    private static OrderedMap Update(UpdateConfig update) => OutputValues.Always(
        ("parallelism", update.Parallelism),
        ("delay", OutputValues.Duration(update.Delay)),
        ("failure_action", update.FailureAction),
        ("monitor", OutputValues.Duration(update.Monitor)),
        ("max_failure_ratio", update.MaxFailureRatio),
        ("order", update.Order));

    private static OrderedMap? Limits(ResourceLimits? limits) => limits is null ? null : OutputValues.Always(
        ("cpus", limits.Cpus),
        ("memory", OutputValues.Bytes(limits.Memory)),
        ("pids", limits.Pids),
        ("generic_resources", OutputValues.List(limits.GenericResources, g => OutputValues.Always(
            ("discrete_resource_spec", OutputValues.Always(("kind", g.Kind), ("value", g.Value)))))),
        ("devices", OutputValues.List(limits.Devices, ServiceResourceEntries.DeviceRequest)));
}
