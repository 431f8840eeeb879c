namespace Compose.Runtime.Swarm;

/// <summary>
/// The state of a service's last update: <c>updating</c>, <c>paused</c>, <c>completed</c>, <c>rollback_started</c>,
/// <c>rollback_paused</c>, <c>rollback_completed</c>; <see cref="Message"/> says why it paused or rolled back.
/// </summary>
public sealed record SwarmUpdateStatus(string State, string? Message)
{
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
}
