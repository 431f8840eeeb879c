using System.Collections.Immutable;
using Compose.Runtime.Docker.Swarm.Wire;
using Compose.Runtime.Swarm;

namespace Compose.Runtime.Docker.Swarm;

/// <summary>The task template's resources, restart policy and placement, both ways; an empty block reads back as none.</summary>
internal static class SwarmTaskMapper
{
    public static ResourceRequirementsDto? ResourcesToWire(SwarmResources? resources) => resources is null ? null : new ResourceRequirementsDto
    {
        Limits = resources.LimitNanoCpus is null && resources.LimitMemoryBytes is null && resources.LimitPids is null
            ? null
            : new LimitDto { NanoCPUs = resources.LimitNanoCpus, MemoryBytes = resources.LimitMemoryBytes, Pids = resources.LimitPids },
        Reservations = resources.ReservedNanoCpus is null && resources.ReservedMemoryBytes is null && resources.ReservedGenericResources.IsDefaultOrEmpty
            ? null
            : new ReservationDto
            {
                NanoCPUs = resources.ReservedNanoCpus,
                MemoryBytes = resources.ReservedMemoryBytes,
                GenericResources = resources.ReservedGenericResources.IsDefaultOrEmpty ? null
                    : [.. resources.ReservedGenericResources.Select(g => new GenericResourceDto { DiscreteResourceSpec = new DiscreteResourceDto { Kind = g.Kind, Value = g.Value } })],
            },
    };

    public static SwarmResources? ResourcesFromWire(ResourceRequirementsDto? dto)
    {
        var resources = new SwarmResources
        {
            LimitNanoCpus = NonZero(dto?.Limits?.NanoCPUs),
            LimitMemoryBytes = NonZero(dto?.Limits?.MemoryBytes),
            LimitPids = NonZero(dto?.Limits?.Pids),
            ReservedNanoCpus = NonZero(dto?.Reservations?.NanoCPUs),
            ReservedMemoryBytes = NonZero(dto?.Reservations?.MemoryBytes),
            ReservedGenericResources = dto?.Reservations?.GenericResources is { } generic
                ? [.. generic.Where(g => g.DiscreteResourceSpec is not null).Select(g => new SwarmGenericResource(g.DiscreteResourceSpec!.Kind ?? "", g.DiscreteResourceSpec.Value))]
                : [],
        };
        return resources is { LimitNanoCpus: null, LimitMemoryBytes: null, LimitPids: null, ReservedNanoCpus: null, ReservedMemoryBytes: null, ReservedGenericResources.IsEmpty: true }
            ? null
            : resources;
    }

    public static SwarmRestartPolicyDto? RestartToWire(SwarmRestartPolicy? policy) => policy is null ? null : new SwarmRestartPolicyDto
    {
        Condition = policy.Condition,
        Delay = SwarmDurations.ToWire(policy.Delay),
        MaxAttempts = policy.MaxAttempts,
        Window = SwarmDurations.ToWire(policy.Window),
    };

    public static SwarmRestartPolicy? RestartFromWire(SwarmRestartPolicyDto? dto) => dto is null ? null : new SwarmRestartPolicy
    {
        Condition = string.IsNullOrEmpty(dto.Condition) ? null : dto.Condition,
        Delay = SwarmDurations.FromWire(dto.Delay),
        MaxAttempts = dto.MaxAttempts is 0 ? null : dto.MaxAttempts,
        Window = SwarmDurations.FromWire(dto.Window),
    };

    public static PlacementDto? PlacementToWire(SwarmPlacement? placement) => placement is null ? null : new PlacementDto
    {
        Constraints = SwarmMaps.ToWire(placement.Constraints),
        Preferences = placement.Spread.IsDefaultOrEmpty ? null : [.. placement.Spread.Select(s => new PlacementPreferenceDto { Spread = new SpreadDto { SpreadDescriptor = s } })],
        MaxReplicas = placement.MaxReplicasPerNode,
    };

    /// <summary>Platforms the engine may have added (from a registry query) are not part of what we write.</summary>
    public static SwarmPlacement? PlacementFromWire(PlacementDto? dto)
    {
        var placement = new SwarmPlacement
        {
            Constraints = SwarmMaps.FromWire(dto?.Constraints),
            Spread = dto?.Preferences is { } preferences ? [.. preferences.Select(p => p.Spread?.SpreadDescriptor).OfType<string>()] : [],
            MaxReplicasPerNode = dto?.MaxReplicas is 0 ? null : dto?.MaxReplicas,
        };
        return placement is { Constraints.IsEmpty: true, Spread.IsEmpty: true, MaxReplicasPerNode: null } ? null : placement;
    }

    private static long? NonZero(long? value) => value is 0 ? null : value;
}
