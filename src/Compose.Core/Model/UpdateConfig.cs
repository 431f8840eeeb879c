namespace Compose.Model;

/// <summary><c>deploy.update_config</c> / <c>deploy.rollback_config</c> (swarm only; kept for <c>config</c>).</summary>
public sealed record UpdateConfig
{
    public int? Parallelism { get; init; }
    public TimeSpan? Delay { get; init; }
    public string? FailureAction { get; init; }
    public TimeSpan? Monitor { get; init; }
    public decimal? MaxFailureRatio { get; init; }
    public string? Order { get; init; }
}
