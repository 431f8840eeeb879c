namespace Compose.Execution.Waiting;

/// <summary>
/// Waits for several containers at once, reporting each one's progress, and stops at the first that cannot reach
/// the condition (fail fast). Returns that failure, or null when all are ready.
/// </summary>
public sealed class GroupWaiter(ReadinessWaiter waiter, IProgressSink progress)
{
    public async Task<ReadinessVerdict?> WaitAllAsync(IEnumerable<(string Id, string Name)> containers, Readiness readiness, CancellationToken cancellationToken)
    {
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var waits = containers.Select(c => WaitOneAsync(c.Id, c.Name, readiness, failFast)).ToList();
        ReadinessVerdict? failure = null;
        while (waits.Count > 0)
        {
            var finished = await Task.WhenAny(waits).ConfigureAwait(false);
            waits.Remove(finished);
            if (await finished.ConfigureAwait(false) is { Ready: false } verdict && failure is null)
            {
                failure = verdict;
                await failFast.CancelAsync().ConfigureAwait(false);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return failure;
    }

    private async Task<ReadinessVerdict?> WaitOneAsync(string id, string name, Readiness readiness, CancellationTokenSource failFast)
    {
        progress.Report(ProgressEvent.Working("Container", name, "Waiting"));
        try
        {
            var verdict = await waiter.WaitAsync(id, name, readiness, failFast.Token).ConfigureAwait(false);
            progress.Report(verdict.Ready ? ProgressEvent.Done("Container", name, verdict.Text) : ProgressEvent.Error("Container", name, "Error", verdict.Text));
            return verdict;
        }
        catch (OperationCanceledException) when (failFast.IsCancellationRequested)
        {
            return null;
        }
    }
}
