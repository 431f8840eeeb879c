using System.Collections.Immutable;
using Compose.Model;
using Compose.Runtime;

namespace Compose.Planning.Specs;

/// <summary>
/// cgroup limits for the runtime: service-level keys (<c>cpus</c>, <c>mem_limit</c>, ...) win over
/// <c>deploy.resources</c>; GPUs from <c>gpus:</c> and reserved devices become device requests. Not mapped (no
/// field in the runtime spec yet): <c>cpu_count</c>, <c>cpu_percent</c> (Windows) and per-device blkio limits.
/// </summary>
public static class ResourceSpecFactory
{
    private const decimal NanoPerCpu = 1_000_000_000m;

    public static ResourceSpec Create(Service service)
    {
        var limits = service.Deploy?.Resources?.Limits;
        var reservations = service.Deploy?.Resources?.Reservations;
        return new ResourceSpec
        {
            NanoCpus = (service.Cpus ?? limits?.Cpus) is { } cpus ? (long)(cpus * NanoPerCpu) : null,
            CpuShares = service.CpuShares,
            CpuPeriod = service.CpuPeriod,
            CpuQuota = service.CpuQuota,
            CpuRealtimePeriod = service.CpuRtPeriod,
            CpuRealtimeRuntime = service.CpuRtRuntime,
            CpusetCpus = service.Cpuset,
            Memory = service.MemLimit ?? limits?.Memory,
            MemoryReservation = service.MemReservation ?? reservations?.Memory,
            MemorySwap = service.MemswapLimit,
            MemorySwappiness = service.MemSwappiness,
            PidsLimit = service.PidsLimit ?? limits?.Pids,
            OomKillDisable = service.OomKillDisable,
            OomScoreAdj = service.OomScoreAdj,
            BlkioWeight = service.BlkioConfig?.Weight,
            DeviceRequests = [.. service.Gpus.Select(Gpu), .. (reservations?.Devices ?? []).Select(Device)],
        };
    }

    /// <summary>A GPU request without capabilities asks for the <c>gpu</c> capability, as <c>docker run --gpus</c> does.</summary>
    private static DeviceRequestSpec Gpu(DeviceRequest request) =>
        Device(request.Capabilities.IsEmpty ? request with { Capabilities = ["gpu"] } : request);

    private static DeviceRequestSpec Device(DeviceRequest request) => new()
    {
        Driver = request.Driver,
        Count = request.Count is { } count ? (int)Math.Clamp(count, -1, int.MaxValue) : null,
        DeviceIds = request.DeviceIds,
        Capabilities = request.Capabilities,
        Options = request.Options,
    };

    /// <summary><c>ulimits:</c> as soft/hard pairs.</summary>
    public static ImmutableArray<UlimitSpec> Ulimits(Service service) =>
        [.. service.Ulimits.Select(u => new UlimitSpec(u.Key, u.Value.EffectiveSoft, u.Value.EffectiveHard))];

    /// <summary><c>devices:</c>; a device without a container path appears at the same path (CDI names pass through).</summary>
    public static ImmutableArray<DeviceMapping> Devices(Service service) =>
        [.. service.Devices.Select(d => new DeviceMapping(d.Source, d.Target ?? d.Source, d.Permissions ?? "rwm"))];
}
