namespace Compose.Reconciling;

/// <summary>Keeps the controller's <see cref="ReconcileStatus"/> current and publishes each change (to the status file).</summary>
public sealed class StatusTracker(ReconcileStatus initial, Action<ReconcileStatus> publish, TimeProvider time, TimeSpan? period)
{
    private readonly Lock _gate = new();
    private ReconcileStatus _status = initial;

    public ReconcileStatus Current
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    public void Update(Func<ReconcileStatus, ReconcileStatus> change)
    {
        ReconcileStatus updated;
        lock (_gate)
        {
            updated = _status = change(_status);
            updated = _status = _status with { WaitingFor = WaitingFor(_status) };
        }

        publish(updated);
    }

    public void PassStarted(string trigger) => Update(s => s with { State = "applying", LastTrigger = trigger, LastPass = time.GetUtcNow() });

    public void PassFinished(PassOutcome outcome, BackoffState? backoff)
    {
        var now = time.GetUtcNow();
        Update(s => s with
        {
            Passes = s.Passes + 1,
            State = outcome.Result switch
            {
                PassResult.Converged or PassResult.Applied => "converged",
                PassResult.Paused => "paused",
                _ => "backing off",
            },
            LastResult = Describe(outcome),
            LastPlan = outcome.Result is PassResult.Applied or PassResult.Failed ? outcome.PlanText : s.LastPlan,
            LastConverged = outcome.Result is PassResult.Converged or PassResult.Applied ? now : s.LastConverged,
            Backoff = backoff,
            Paused = outcome.Result == PassResult.Paused ? outcome.Reason
                : outcome.PausedServices.IsEmpty ? null : $"services {string.Join(", ", outcome.PausedServices)} paused",
            LeftAlone = outcome.LeftAlone,
        });
    }

    public static string Describe(PassOutcome outcome) => outcome.Result switch
    {
        PassResult.Converged => "converged",
        PassResult.Applied => $"applied {outcome.StepCount} step{(outcome.StepCount == 1 ? "" : "s")}",
        PassResult.Paused => "paused",
        _ => $"failed at {outcome.FailedStep}: {outcome.Reason}",
    };

    private string WaitingFor(ReconcileStatus status)
    {
        if (status.State == "applying")
        {
            return "the pass to finish";
        }

        if (status.Backoff is { } backoff)
        {
            return $"the retry of {backoff.Step} at {backoff.NextRetry:HH:mm:ss} (or a file edit)";
        }

        var waits = new List<string>();
        if (status.Paused is not null && status.State == "paused")
        {
            waits.Add("an 'up' to resume");
        }

        if (status.FilesError is not null)
        {
            waits.Add("the files to load again");
        }

        if (status.Engine is { } engine)
        {
            waits.Add($"the engine ({engine})");
        }

        waits.Add(period is { } p && status.LastPass is { } last ? $"the next trigger (periodic pass at {last + p:HH:mm:ss})" : "the next trigger");
        return string.Join("; ", waits);
    }
}
