namespace Compose.Runtime;

/// <summary>
/// One resource-usage sample. Raw counters: CPU percentage is
/// <c>(CpuTotal - PreCpuTotal) / (SystemCpu - PreSystemCpu) * OnlineCpus * 100</c>.
/// </summary>
public sealed record ContainerStats
{
    public required string ContainerId { get; init; }
    public string Name { get; init; } = "";
    public DateTimeOffset Read { get; init; }
    public ulong CpuTotal { get; init; }
    public ulong PreCpuTotal { get; init; }
    public ulong SystemCpu { get; init; }
    public ulong PreSystemCpu { get; init; }
    public int OnlineCpus { get; init; }
    public ulong MemoryUsage { get; init; }
    public ulong MemoryLimit { get; init; }

    /// <summary>Page cache the engine subtracts from usage (docker's <c>MEM USAGE</c>).</summary>
    public ulong MemoryCache { get; init; }
    public ulong NetworkReceived { get; init; }
    public ulong NetworkSent { get; init; }
    public ulong BlockRead { get; init; }
    public ulong BlockWritten { get; init; }
    public ulong Pids { get; init; }
}
