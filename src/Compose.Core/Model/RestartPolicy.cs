namespace Compose.Model;

/// <summary><c>deploy.restart_policy:</c>; used for the container when the service has no <c>restart:</c>.</summary>
public sealed record RestartPolicy
{
    /// <summary><c>none</c>, <c>on-failure</c> or <c>any</c>.</summary>
    public string? Condition { get; init; }
    public TimeSpan? Delay { get; init; }
    public int? MaxAttempts { get; init; }
    public TimeSpan? Window { get; init; }
}
