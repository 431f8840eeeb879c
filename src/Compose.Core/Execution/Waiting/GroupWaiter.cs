using System.Collections.Immutable;
using Compose.Planning.Steps;

namespace Compose.Execution.Waiting;

/// <summary>
/// Waits for several containers at once, reporting each one's progress. Stops at the first that cannot reach the
/// condition (fail fast) and returns that failure; when the deadline passes first, returns every container not ready
/// by then. Returns nothing when all are ready.
/// </summary>
public sealed class GroupWaiter(ReadinessWaiter waiter, IProgressSink progress)
{
    public async Task<ImmutableArray<WaitFailure>> WaitAllAsync(
        IReadOnlyCollection<WaitTarget> targets, Readiness readiness, CancellationToken deadline, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline);
        // Pairs, not a dictionary keyed by task: tasks that finish synchronously with the same result may be one object.
        var pending = targets.Select(t => (Target: t, Wait: WaitOneAsync(t, t.Readiness ?? readiness, stop.Token, deadline))).ToList();
        var ready = new HashSet<WaitTarget>();
        WaitFailure? failure = null;
        while (pending.Count > 0)
        {
            var finished = await Task.WhenAny(pending.Select(p => p.Wait)).ConfigureAwait(false);
            var index = pending.FindIndex(p => p.Wait == finished);
            var target = pending[index].Target;
            pending.RemoveAt(index);
            switch (await finished.ConfigureAwait(false))
            {
                case { Ready: true }:
                    ready.Add(target);
                    break;
                case { Ready: false } verdict when failure is null:
                    failure = WaitFailure.Failed(target, verdict.Text);
                    await stop.CancelAsync().ConfigureAwait(false);
                    break;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return failure is not null ? [failure] : [.. targets.Where(t => !ready.Contains(t)).Select(WaitFailure.NotInTime)];
    }

    /// <summary>The verdict, or null when the wait was stopped (another container failed, or the deadline passed).</summary>
    private async Task<ReadinessVerdict?> WaitOneAsync(WaitTarget target, Readiness readiness, CancellationToken stop, CancellationToken deadline)
    {
        progress.Report(ProgressEvent.Working("Container", target.Name, "Waiting"));
        try
        {
            var verdict = await waiter.WaitAsync(target.Id, target.Name, readiness, stop).ConfigureAwait(false);
            progress.Report(verdict.Ready ? ProgressEvent.Done("Container", target.Name, verdict.Text) : ProgressEvent.Error("Container", target.Name, "Error", verdict.Text));
            return verdict;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            if (deadline.IsCancellationRequested)
            {
                progress.Report(ProgressEvent.Error("Container", target.Name, "Timeout", "not ready before the --wait-timeout"));
            }

            return null;
        }
    }
}
