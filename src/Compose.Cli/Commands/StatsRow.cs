using System.Globalization;
using Compose.Cli.Formatting;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary>One <c>stats</c> sample as docker shows it: CPU and memory percentages, usage and I/O in human units.</summary>
internal static class StatsRow
{
    public static readonly IReadOnlyDictionary<string, string> Headers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ID"] = "CONTAINER ID",
        ["CPUPerc"] = "CPU %",
        ["MemUsage"] = "MEM USAGE / LIMIT",
        ["MemPerc"] = "MEM %",
        ["NetIO"] = "NET I/O",
        ["BlockIO"] = "BLOCK I/O",
        ["PIDs"] = "PIDS",
    };

    public static List<KeyValuePair<string, object?>> From(string name, ContainerStats stats, bool noTrunc) =>
    [
        new("BlockIO", $"{ByteSize.Decimal(stats.BlockRead)} / {ByteSize.Decimal(stats.BlockWritten)}"),
        new("CPUPerc", Percent(CpuPercent(stats))),
        new("Container", noTrunc ? stats.ContainerId : Short(stats.ContainerId)),
        new("ID", noTrunc ? stats.ContainerId : Short(stats.ContainerId)),
        new("MemPerc", Percent(stats.MemoryLimit == 0 ? 0 : MemoryUsed(stats) / stats.MemoryLimit * 100)),
        new("MemUsage", $"{ByteSize.Binary(MemoryUsed(stats))} / {ByteSize.Binary(stats.MemoryLimit)}"),
        new("Name", name),
        new("NetIO", $"{ByteSize.Decimal(stats.NetworkReceived)} / {ByteSize.Decimal(stats.NetworkSent)}"),
        new("PIDs", stats.Pids.ToString(CultureInfo.InvariantCulture)),
    ];

    /// <summary>docker's formula: the container's share of the host's CPU time since the previous sample, times the CPUs.</summary>
    public static double CpuPercent(ContainerStats stats)
    {
        var cpu = (double)stats.CpuTotal - stats.PreCpuTotal;
        var system = (double)stats.SystemCpu - stats.PreSystemCpu;
        return cpu > 0 && system > 0 ? cpu / system * Math.Max(1, stats.OnlineCpus) * 100 : 0;
    }

    /// <summary>Usage less the page cache, as docker's MEM USAGE column shows it.</summary>
    private static double MemoryUsed(ContainerStats stats) =>
        stats.MemoryUsage > stats.MemoryCache ? stats.MemoryUsage - stats.MemoryCache : stats.MemoryUsage;

    private static string Percent(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string Short(string id) => id.Length > 12 ? id[..12] : id;
}
