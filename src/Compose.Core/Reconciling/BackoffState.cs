namespace Compose.Reconciling;

/// <summary>A step the loop is backing off from: which one, why it failed, how often in a row, and when it is tried again.</summary>
public sealed record BackoffState(string Step, string Reason, int Failures, DateTimeOffset NextRetry)
{
    public string Describe(DateTimeOffset now)
    {
        var wait = NextRetry - now;
        var inText = wait <= TimeSpan.Zero ? "now" : $"in {Math.Ceiling(wait.TotalSeconds):0}s";
        return $"backing off from {Step} (failed {Failures}x: {Reason}); next retry {inText} at {NextRetry:HH:mm:ss}";
    }
}
