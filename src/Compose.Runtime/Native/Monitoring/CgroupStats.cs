using System.Globalization;

namespace Compose.Runtime.Native.Monitoring;

/// <summary>
/// One resource sample of a container from its cgroup files (this host has cgroup v1 controllers, each mounted
/// under <c>/sys/fs/cgroup/CONTROLLER</c>, with runc's <c>cgroupsPath</c> below), network counters from its
/// namespace's <c>/proc/PID/net/dev</c>, and the host's CPU time from <c>/proc/stat</c>.
/// </summary>
internal static class CgroupStats
{
    private const string Root = "/sys/fs/cgroup";

    public static ContainerStats Sample(string id, string name, string cgroupPath, int? pid, DateTimeOffset now, ContainerStats? previous)
    {
        var memoryStat = ReadKeyValues(Path.Join(Root, "memory", cgroupPath, "memory.stat"));
        var (received, sent) = pid is { } p ? Network(p) : (0UL, 0UL);
        var (read, written) = Block(Path.Join(Root, "blkio", cgroupPath, "blkio.throttle.io_service_bytes"));
        return new ContainerStats
        {
            ContainerId = id,
            Name = name,
            Read = now,
            CpuTotal = ReadNumber(Path.Join(Root, "cpuacct", cgroupPath, "cpuacct.usage")),
            PreCpuTotal = previous?.CpuTotal ?? 0,
            SystemCpu = SystemCpuNanoseconds(),
            PreSystemCpu = previous?.SystemCpu ?? 0,
            OnlineCpus = Environment.ProcessorCount,
            MemoryUsage = ReadNumber(Path.Join(Root, "memory", cgroupPath, "memory.usage_in_bytes")),
            MemoryLimit = Math.Min(ReadNumber(Path.Join(Root, "memory", cgroupPath, "memory.limit_in_bytes")), HostMemory()),
            MemoryCache = memoryStat.TryGetValue("total_inactive_file", out var inactive) ? inactive : memoryStat.GetValueOrDefault("cache"),
            NetworkReceived = received,
            NetworkSent = sent,
            BlockRead = read,
            BlockWritten = written,
            Pids = ReadNumber(Path.Join(Root, "pids", cgroupPath, "pids.current")),
        };
    }

    private static ulong ReadNumber(string path) =>
        File.Exists(path) && ulong.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static Dictionary<string, ulong> ReadKeyValues(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path).Select(l => l.Split(' ')).Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => ulong.TryParse(p[1], CultureInfo.InvariantCulture, out var v) ? v : 0)
            : [];

    /// <summary>The host's total CPU time in nanoseconds (the engine's <c>system_cpu_usage</c>), from /proc/stat's jiffies.</summary>
    private static ulong SystemCpuNanoseconds()
    {
        var line = File.ReadLines("/proc/stat").First(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        var jiffies = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(7)
            .Select(v => ulong.Parse(v, CultureInfo.InvariantCulture)).Aggregate(0UL, (a, b) => a + b);
        return jiffies * 10_000_000UL;
    }

    private static ulong HostMemory()
    {
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return ulong.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static (ulong Received, ulong Sent) Network(int pid)
    {
        var path = $"/proc/{pid}/net/dev";
        if (!File.Exists(path))
        {
            return (0, 0);
        }

        ulong received = 0, sent = 0;
        foreach (var line in File.ReadLines(path).Skip(2))
        {
            var parts = line.Split([' ', ':'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 9 && parts[0] != "lo")
            {
                received += ulong.Parse(parts[1], CultureInfo.InvariantCulture);
                sent += ulong.Parse(parts[9], CultureInfo.InvariantCulture);
            }
        }

        return (received, sent);
    }

    private static (ulong Read, ulong Written) Block(string path)
    {
        if (!File.Exists(path))
        {
            return (0, 0);
        }

        ulong read = 0, written = 0;
        foreach (var parts in File.ReadLines(path).Select(l => l.Split(' ')).Where(p => p.Length == 3))
        {
            var value = ulong.TryParse(parts[2], CultureInfo.InvariantCulture, out var v) ? v : 0;
            read += parts[1] == "Read" ? value : 0;
            written += parts[1] == "Write" ? value : 0;
        }

        return (read, written);
    }
}
