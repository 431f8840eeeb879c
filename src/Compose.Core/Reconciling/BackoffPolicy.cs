namespace Compose.Reconciling;

/// <summary>
/// How long the loop waits before retrying a step that failed again: <see cref="Initial"/> after the first
/// failure, doubled after each further failure of the same step, never more than <see cref="Cap"/>.
/// </summary>
public sealed record BackoffPolicy
{
    public static BackoffPolicy Default { get; } = new();

    public TimeSpan Initial { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan Cap { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The delay after the <paramref name="failures"/>-th failure in a row (1-based).</summary>
    public TimeSpan DelayAfter(int failures)
    {
        var delay = Initial;
        for (var i = 1; i < failures && delay < Cap; i++)
        {
            delay *= 2;
        }

        return delay < Cap ? delay : Cap;
    }
}
