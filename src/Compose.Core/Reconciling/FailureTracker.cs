namespace Compose.Reconciling;

/// <summary>
/// Counts consecutive failures of the same step: a failure of the step that failed last time doubles the wait, a
/// different step starts again from the first delay, and any successful pass (or a new configuration) clears it.
/// </summary>
public sealed class FailureTracker(BackoffPolicy policy)
{
    public BackoffState? Current { get; private set; }

    public BackoffState Failed(string step, string reason, DateTimeOffset now)
    {
        var failures = Current is { } previous && previous.Step == step ? previous.Failures + 1 : 1;
        Current = new BackoffState(step, reason, failures, now + policy.DelayAfter(failures));
        return Current;
    }

    public void Succeeded() => Current = null;
}
