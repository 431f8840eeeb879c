using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>cgroup limits and device requests into the host config (the engine keeps resources flat there).</summary>
internal static class ResourceMapper
{
    public static void Apply(ResourceSpec resources, HostConfigDto host)
    {
        host.NanoCpus = resources.NanoCpus;
        host.CpuShares = resources.CpuShares;
        host.CpuPeriod = resources.CpuPeriod;
        host.CpuQuota = resources.CpuQuota;
        host.CpuRealtimePeriod = resources.CpuRealtimePeriod;
        host.CpuRealtimeRuntime = resources.CpuRealtimeRuntime;
        host.CpusetCpus = resources.CpusetCpus;
        host.CpusetMems = resources.CpusetMems;
        host.Memory = resources.Memory;
        host.MemoryReservation = resources.MemoryReservation;
        host.MemorySwap = resources.MemorySwap;
        host.MemorySwappiness = resources.MemorySwappiness;
        host.PidsLimit = resources.PidsLimit;
        host.OomKillDisable = resources.OomKillDisable;
        host.OomScoreAdj = resources.OomScoreAdj;
        host.BlkioWeight = resources.BlkioWeight;
        host.DeviceRequests = resources.DeviceRequests.IsDefaultOrEmpty ? null : [.. resources.DeviceRequests.Select(ToDto)];
    }

    private static DeviceRequestDto ToDto(DeviceRequestSpec request) => new()
    {
        Driver = request.Driver,
        Count = request.Count,
        DeviceIDs = request.DeviceIds.IsDefaultOrEmpty ? null : [.. request.DeviceIds],
        Capabilities = request.Capabilities.IsDefaultOrEmpty ? null : [[.. request.Capabilities]],
        Options = request.Options.IsEmpty ? null : new(request.Options, StringComparer.Ordinal),
    };
}
