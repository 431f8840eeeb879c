using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>An engine stats sample as the runtime-neutral counters (cgroup v1 and v2 shapes alike).</summary>
internal static class StatsMapper
{
    public static ContainerStats ToStats(StatsDto dto, string id) => new()
    {
        ContainerId = string.IsNullOrEmpty(dto.Id) ? id : dto.Id,
        Name = (dto.Name ?? "").TrimStart('/'),
        Read = dto.Read is { } read && EngineTime.TryParse(read, out var time) ? time : default,
        CpuTotal = dto.CpuStats?.CpuUsage?.TotalUsage ?? 0,
        PreCpuTotal = dto.PreCpuStats?.CpuUsage?.TotalUsage ?? 0,
        SystemCpu = dto.CpuStats?.SystemCpuUsage ?? 0,
        PreSystemCpu = dto.PreCpuStats?.SystemCpuUsage ?? 0,
        OnlineCpus = OnlineCpus(dto.CpuStats),
        MemoryUsage = dto.MemoryStats?.Usage ?? 0,
        MemoryLimit = dto.MemoryStats?.Limit ?? 0,
        MemoryCache = MemoryCache(dto.MemoryStats),
        NetworkReceived = Sum(dto.Networks?.Values.Select(n => n.RxBytes)),
        NetworkSent = Sum(dto.Networks?.Values.Select(n => n.TxBytes)),
        BlockRead = BlockBytes(dto.BlkioStats, "read"),
        BlockWritten = BlockBytes(dto.BlkioStats, "write"),
        Pids = dto.PidsStats?.Current ?? 0,
    };

    /// <summary>Older engines leave <c>online_cpus</c> at 0; the per-CPU list then tells, as in <c>docker stats</c>.</summary>
    private static int OnlineCpus(CpuStatsDto? cpu) =>
        cpu is null ? 0 : cpu.OnlineCpus > 0 ? cpu.OnlineCpus : cpu.CpuUsage?.PerCpuUsage?.Length ?? 0;

    /// <summary>What <c>docker stats</c> subtracts from usage: inactive file pages (cgroup v1 and v2 names).</summary>
    private static ulong MemoryCache(MemoryStatsDto? memory)
    {
        var stats = memory?.Stats;
        if (stats is null)
        {
            return 0;
        }

        foreach (var key in new[] { "total_inactive_file", "inactive_file" })
        {
            if (stats.TryGetValue(key, out var value) && value < memory!.Usage)
            {
                return value;
            }
        }

        return 0;
    }

    private static ulong BlockBytes(BlkioStatsDto? blkio, string operation) =>
        Sum(blkio?.IoServiceBytesRecursive?.Where(e => string.Equals(e.Op, operation, StringComparison.OrdinalIgnoreCase)).Select(e => e.Value));

    private static ulong Sum(IEnumerable<ulong>? values)
    {
        ulong total = 0;
        foreach (var value in values ?? [])
        {
            total += value;
        }

        return total;
    }
}
