using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Service keys about resources: CPU, memory, limits, devices.</summary>
internal static class ServiceResourceKeys
{
    public static IEnumerable<KeyValuePair<string, ServiceKeyBinder>> Entries =>
    [
        new("cpus", (s, v, p, c) => s with { Cpus = NodeReader.Decimal(v, p) }),
        new("cpu_count", (s, v, p, c) => s with { CpuCount = NodeReader.Long(v, p) }),
        new("cpu_percent", (s, v, p, c) => s with { CpuPercent = ServiceValueRules.InRange(v, p, 0, 100) }),
        new("cpu_shares", (s, v, p, c) => s with { CpuShares = NodeReader.Long(v, p) }),
        new("cpu_period", (s, v, p, c) => s with { CpuPeriod = NodeReader.Long(v, p) }),
        new("cpu_quota", (s, v, p, c) => s with { CpuQuota = NodeReader.Long(v, p) }),
        new("cpu_rt_period", (s, v, p, c) => s with { CpuRtPeriod = ServiceValueRules.Microseconds(v, p) }),
        new("cpu_rt_runtime", (s, v, p, c) => s with { CpuRtRuntime = ServiceValueRules.Microseconds(v, p) }),
        new("cpuset", (s, v, p, c) => s with { Cpuset = NodeReader.String(v, p) }),
        new("mem_limit", (s, v, p, c) => s with { MemLimit = NodeReader.Bytes(v, p) }),
        new("mem_reservation", (s, v, p, c) => s with { MemReservation = NodeReader.Bytes(v, p) }),
        new("memswap_limit", (s, v, p, c) => s with { MemswapLimit = NodeReader.Bytes(v, p) }),
        new("mem_swappiness", (s, v, p, c) => s with { MemSwappiness = ServiceValueRules.InRange(v, p, 0, 100) }),
        new("pids_limit", (s, v, p, c) => s with { PidsLimit = NodeReader.Long(v, p) }),
        new("oom_kill_disable", (s, v, p, c) => s with { OomKillDisable = NodeReader.Bool(v, p) }),
        new("oom_score_adj", (s, v, p, c) => s with { OomScoreAdj = ServiceValueRules.InRange(v, p, -1000, 1000) }),
        new("shm_size", (s, v, p, c) => s with { ShmSize = NodeReader.Bytes(v, p) }),
        new("blkio_config", (s, v, p, c) => s with { BlkioConfig = BlkioBinder.Bind(v, p) }),
        new("ulimits", (s, v, p, c) => s with { Ulimits = UlimitBinder.Bind(v, p) }),
        new("sysctls", (s, v, p, c) => s with { Sysctls = BindingMaps.Strings(v, p) }),
        new("devices", (s, v, p, c) => s with { Devices = BindingLists.Items(v, p, DeviceBinder.Bind) }),
        new("device_cgroup_rules", (s, v, p, c) => s with { DeviceCgroupRules = NodeReader.StringList(v, p) }),
        new("gpus", (s, v, p, c) => s with { Gpus = DeviceRequestBinder.Gpus(v, p) }),
    ];
}
