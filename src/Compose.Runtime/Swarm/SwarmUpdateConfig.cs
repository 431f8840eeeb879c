namespace Compose.Runtime.Swarm;

/// <summary>
/// How a changed spec rolls out (or a rollback rolls back): <see cref="Parallelism"/> tasks at a time (0 = all),
/// <see cref="Delay"/> between batches, each new task watched for <see cref="Monitor"/>; on failure
/// <see cref="FailureAction"/> <c>pause</c>, <c>continue</c> or <c>rollback</c>; <see cref="Order"/>
/// <c>stop-first</c> or <c>start-first</c>.
/// </summary>
public sealed record SwarmUpdateConfig
{
    public ulong Parallelism { get; init; } = 1;
    public TimeSpan? Delay { get; init; }
    public string? FailureAction { get; init; }
    public TimeSpan? Monitor { get; init; }
    public double MaxFailureRatio { get; init; }
    public string? Order { get; init; }
}
