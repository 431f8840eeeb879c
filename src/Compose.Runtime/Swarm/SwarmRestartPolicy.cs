namespace Compose.Runtime.Swarm;

/// <summary>When the swarm replaces a task that ended: <see cref="Condition"/> <c>none</c>, <c>on-failure</c> or <c>any</c>.</summary>
public sealed record SwarmRestartPolicy
{
    public string? Condition { get; init; }
    public TimeSpan? Delay { get; init; }
    public ulong? MaxAttempts { get; init; }
    public TimeSpan? Window { get; init; }
}
