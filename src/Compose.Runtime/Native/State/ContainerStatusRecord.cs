using System.Collections.Immutable;

namespace Compose.Runtime.Native.State;

/// <summary>
/// A container's changing state, written under the container's lock by whichever process changed it (a command
/// or the project's supervisor). What the process really is doing is checked against it when read
/// (<see cref="ContainerStatusReader"/>): a recorded "running" container whose monitor is gone has exited.
/// </summary>
public sealed record ContainerStatusRecord
{
    public ContainerState State { get; init; } = ContainerState.Created;
    public int? Pid { get; init; }
    public int? ConmonPid { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public int? ExitCode { get; init; }
    public string? Error { get; init; }
    public int RestartCount { get; init; }

    /// <summary>Stopped or killed on purpose: no restart policy brings it back (until it is started again).</summary>
    public bool StoppedByUser { get; init; }

    /// <summary>A start is under way or was cut short: the network namespace and interfaces may exist without a process.</summary>
    public bool Starting { get; init; }

    public string? HealthStatus { get; init; }
    public int FailingStreak { get; init; }
    public ImmutableArray<HealthCheckResult> HealthLog { get; init; } = [];

    public static ContainerStatusRecord New { get; } = new();
}
