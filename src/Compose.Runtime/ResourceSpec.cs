using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>cgroup limits and reservations; null fields are left to the engine.</summary>
public sealed record ResourceSpec
{
    public static ResourceSpec None { get; } = new();

    /// <summary>CPUs in units of 10^-9 (1.5 CPUs = 1_500_000_000).</summary>
    public long? NanoCpus { get; init; }
    public long? CpuShares { get; init; }
    public long? CpuPeriod { get; init; }
    public long? CpuQuota { get; init; }
    public long? CpuRealtimePeriod { get; init; }
    public long? CpuRealtimeRuntime { get; init; }
    public string? CpusetCpus { get; init; }
    public string? CpusetMems { get; init; }

    /// <summary>Bytes.</summary>
    public long? Memory { get; init; }
    public long? MemoryReservation { get; init; }
    public long? MemorySwap { get; init; }
    public long? MemorySwappiness { get; init; }

    public long? PidsLimit { get; init; }
    public bool? OomKillDisable { get; init; }
    public int? OomScoreAdj { get; init; }
    public int? BlkioWeight { get; init; }

    /// <summary>GPU and other device requests (<c>gpus:</c>, <c>deploy.resources.reservations.devices</c>).</summary>
    public ImmutableArray<DeviceRequestSpec> DeviceRequests { get; init; } = [];
}
