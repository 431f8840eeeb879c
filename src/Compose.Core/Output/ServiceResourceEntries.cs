using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Output;

/// <summary>The resource keys of a service: CPU, memory, limits, devices.</summary>
internal static class ServiceResourceEntries
{
    public static IEnumerable<(string Key, object? Value)> For(Service service) =>
    [
        ("cpus", service.Cpus),
        ("cpu_count", service.CpuCount),
        ("cpu_percent", service.CpuPercent),
        ("cpu_shares", service.CpuShares),
        ("cpu_period", service.CpuPeriod),
        ("cpu_quota", service.CpuQuota),
        ("cpu_rt_period", service.CpuRtPeriod),
        ("cpu_rt_runtime", service.CpuRtRuntime),
        ("cpuset", service.Cpuset),
        ("mem_limit", OutputValues.Bytes(service.MemLimit)),
        ("mem_reservation", OutputValues.Bytes(service.MemReservation)),
        ("memswap_limit", OutputValues.Bytes(service.MemswapLimit)),
        ("mem_swappiness", service.MemSwappiness),
        ("pids_limit", service.PidsLimit),
        ("oom_kill_disable", service.OomKillDisable),
        ("oom_score_adj", service.OomScoreAdj),
        ("shm_size", OutputValues.Bytes(service.ShmSize)),
        ("blkio_config", service.BlkioConfig is { } blkio ? Blkio(blkio) : null),
        ("ulimits", Ulimits(service.Ulimits)),
        ("sysctls", OutputValues.Map(service.Sysctls)),
        ("devices", OutputValues.List(service.Devices, d => OutputValues.Always(("source", d.Source), ("target", d.Target), ("permissions", d.Permissions)))),
        ("device_cgroup_rules", OutputValues.List(service.DeviceCgroupRules)),
        ("gpus", OutputValues.List(service.Gpus, DeviceRequest)),
    ];

    public static OrderedMap? Ulimits(ImmutableSortedDictionary<string, Ulimit> ulimits) =>
        OutputValues.Map(ulimits, u => u.Single is { } single ? single : OutputValues.Always(("soft", u.Soft), ("hard", u.Hard)));

    public static object? DeviceRequest(DeviceRequest request) => OutputValues.Always(
        ("capabilities", OutputValues.List(request.Capabilities)),
        ("driver", request.Driver),
        ("count", request.Count),
        ("device_ids", OutputValues.List(request.DeviceIds)),
        ("options", OutputValues.Map(request.Options)));

    private static OrderedMap Blkio(BlkioConfig blkio) => OutputValues.Always(
        ("weight", blkio.Weight),
        ("weight_device", OutputValues.List(blkio.WeightDevice, w => OutputValues.Always(("path", w.Path), ("weight", w.Weight)))),
        ("device_read_bps", Rates(blkio.DeviceReadBps)),
        ("device_read_iops", Rates(blkio.DeviceReadIops)),
        ("device_write_bps", Rates(blkio.DeviceWriteBps)),
        ("device_write_iops", Rates(blkio.DeviceWriteIops)));

    private static List<object?>? Rates(ImmutableArray<BlkioRate> rates) =>
        OutputValues.List(rates, r => OutputValues.Always(("path", r.Path), ("rate", r.Rate)));
}
