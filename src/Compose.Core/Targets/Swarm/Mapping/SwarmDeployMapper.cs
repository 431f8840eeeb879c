using System.Globalization;
using Compose.Model;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Mapping;

/// <summary>The <c>deploy:</c> block: resources, restart policy, placement, update and rollback configuration.</summary>
public static class SwarmDeployMapper
{
    public static SwarmResources? Resources(DeployResources? resources)
    {
        if (resources is null || (resources.Limits is null && resources.Reservations is null))
        {
            return null;
        }

        var mapped = new SwarmResources
        {
            LimitNanoCpus = NanoCpus(resources.Limits?.Cpus),
            LimitMemoryBytes = resources.Limits?.Memory is > 0 ? resources.Limits.Memory : null,
            LimitPids = resources.Limits?.Pids is > 0 ? resources.Limits.Pids : null,
            ReservedNanoCpus = NanoCpus(resources.Reservations?.Cpus),
            ReservedMemoryBytes = resources.Reservations?.Memory is > 0 ? resources.Reservations.Memory : null,
            ReservedGenericResources = resources.Reservations is { } reservations
                ? [.. reservations.GenericResources.Select(g => new SwarmGenericResource(g.Kind, g.Value))]
                : [],
        };
        return mapped is { LimitNanoCpus: null, LimitMemoryBytes: null, LimitPids: null, ReservedNanoCpus: null, ReservedMemoryBytes: null, ReservedGenericResources.IsEmpty: true }
            ? null
            : mapped;
    }

    /// <summary>
    /// <c>deploy.restart_policy</c>, else <c>restart:</c> read the way docker stack reads it (<c>always</c> and
    /// <c>unless-stopped</c> are <c>any</c>, <c>on-failure[:N]</c> caps the attempts). One deviation: <c>restart: "no"</c>
    /// is condition <c>none</c> here, where docker stack drops it and the swarm's default (<c>any</c>) restarts the task.
    /// </summary>
    public static SwarmRestartPolicy? RestartPolicy(Service service)
    {
        if (service.Deploy?.RestartPolicy is { } policy)
        {
            return new SwarmRestartPolicy
            {
                // The swarm's default, written out: it reads back so.
                Condition = policy.Condition ?? "any",
                Delay = policy.Delay,
                MaxAttempts = policy.MaxAttempts is > 0 ? (ulong)policy.MaxAttempts : null,
                Window = policy.Window is { Ticks: > 0 } ? policy.Window : null,
            };
        }

        var (name, attempts) = service.Restart?.Split(':', 2) is [var n, var a] ? (n, a) : (service.Restart, null);
        ulong? max = attempts is not null && ulong.TryParse(attempts, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0 ? m : null;
        return name switch
        {
            null or "" => null,
            "no" => new SwarmRestartPolicy { Condition = "none" },
            "on-failure" => new SwarmRestartPolicy { Condition = "on-failure", MaxAttempts = max },
            _ => new SwarmRestartPolicy { Condition = "any", MaxAttempts = max },
        };
    }

    public static SwarmPlacement? Placement(Placement? placement) =>
        placement is null || (placement.Constraints.IsEmpty && placement.Preferences.IsEmpty && placement.MaxReplicasPerNode is null or 0)
            ? null
            : new SwarmPlacement
            {
                Constraints = placement.Constraints,
                Spread = placement.Preferences,
                MaxReplicasPerNode = placement.MaxReplicasPerNode is > 0 ? (ulong)placement.MaxReplicasPerNode : null,
            };

    /// <summary>
    /// Parallelism defaults to 1, as docker stack writes it when the block is there without one. The failure action
    /// and order are written out with the swarm's defaults (<c>pause</c>, <c>stop-first</c>): it stores them as such
    /// and reads them back so, and an unchanged service must read back equal.
    /// </summary>
    public static SwarmUpdateConfig? Update(UpdateConfig? config) => config is null ? null : new SwarmUpdateConfig
    {
        Parallelism = config.Parallelism is { } parallelism ? (ulong)parallelism : 1,
        Delay = config.Delay is { Ticks: > 0 } ? config.Delay : null,
        FailureAction = config.FailureAction ?? "pause",
        Monitor = config.Monitor is { Ticks: > 0 } ? config.Monitor : null,
        MaxFailureRatio = (double)(config.MaxFailureRatio ?? 0),
        Order = config.Order ?? "stop-first",
    };

    private static long? NanoCpus(decimal? cpus) => cpus is > 0 ? (long)(cpus.Value * 1_000_000_000m) : null;
}
