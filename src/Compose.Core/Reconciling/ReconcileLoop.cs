using Compose.Errors;

namespace Compose.Reconciling;

/// <summary>
/// The controller's loop, free of I/O of its own: triggers (engine drift, file edits, the periodic pass) are
/// coalesced into passes that never overlap; a file edit reloads the project first, and an edit that does not load
/// is reported (file:line:col) and leaves the running configuration in force; a pass that fails backs off from the
/// failing step, exponentially up to a cap, unless a file edit comes (a new configuration is tried at once) or the
/// engine's event stream connects again (the failures were most likely the engine being away).
/// </summary>
public sealed class ReconcileLoop
{
    private readonly IProjectSource _source;
    private readonly IPassRunner _runner;
    private readonly IReconcileReporter _reporter;
    private readonly ReconcileLoopSettings _settings;
    private readonly TimeProvider _time;
    private readonly FailureTracker _failures;
    private readonly StatusTracker _status;
    private bool _initialPending;
    private bool _filesBroken;
    private int _passes;

    public ReconcileLoop(IProjectSource source, IPassRunner runner, IReconcileReporter reporter, ReconcileLoopSettings settings, TimeProvider time, StatusTracker status)
    {
        _source = source;
        _runner = runner;
        _reporter = reporter;
        _settings = settings;
        _time = time;
        _status = status;
        _failures = new FailureTracker(settings.Backoff);
        _initialPending = settings.InitialPass;
        Triggers = new TriggerQueue(time, settings.Coalesce);
    }

    public TriggerQueue Triggers { get; }

    /// <summary>The step the loop is backing off from, if any.</summary>
    public BackoffState? Backoff => _failures.Current;

    /// <summary>The configuration in force: the last one that loaded.</summary>
    public LoadedProject? Current { get; private set; }

    /// <summary>Raised after a reload that succeeded (the file follower then watches the new inputs).</summary>
    public event Action<LoadedProject>? Reloaded;

    /// <param name="loaded">The project as the command already loaded it; null loads it here.</param>
    public async Task RunAsync(LoadedProject? loaded, CancellationToken cancellationToken)
    {
        Current = loaded ?? await TryLoadAsync(cancellationToken).ConfigureAwait(false);
        if (_settings.InitialPass)
        {
            Triggers.Add(ReconcileTrigger.Start);
        }

        using var periodic = _settings.Period is { } period ? PeriodicTimer(period) : null;
        if (Current is not null && !_settings.InitialPass)
        {
            await _runner.PrimeAsync(Current.Project, cancellationToken).ConfigureAwait(false);
        }

        _status.Update(s => s with { State = Current is null ? "files rejected" : "starting" });
        while (true)
        {
            var batch = await Triggers.NextBatchAsync(cancellationToken).ConfigureAwait(false);
            await HandleAsync([.. batch], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A timer adding the periodic trigger, re-armed each time it fires (one-shot timers: any clock drives it).</summary>
    private ITimer PeriodicTimer(TimeSpan period)
    {
        ITimer? timer = null;
        timer = _time.CreateTimer(_ =>
        {
            Triggers.Add(ReconcileTrigger.Periodic);
            timer?.Change(period, Timeout.InfiniteTimeSpan);
        }, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        timer.Change(period, Timeout.InfiniteTimeSpan);
        return timer;
    }

    private async Task HandleAsync(List<ReconcileTrigger> batch, CancellationToken cancellationToken)
    {
        if (_failures.Current is { } backoff && !batch.Exists(EndsBackoff))
        {
            batch.AddRange(await WaitOutAsync(backoff, cancellationToken).ConfigureAwait(false));
        }

        if (batch.Exists(IsFiles) && !await ReloadAsync(cancellationToken).ConfigureAwait(false))
        {
            // The broken edit is not applied; what else happened (drift) is healed with the configuration in force.
            batch.RemoveAll(IsFiles);
        }

        if (batch.Count == 0 || Current is null)
        {
            return;
        }

        await PassAsync(Current, ReconcileTrigger.Describe(batch), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits until the retry time, gathering triggers meanwhile; a file edit or a reconnect ends the wait at once.</summary>
    private async Task<List<ReconcileTrigger>> WaitOutAsync(BackoffState backoff, CancellationToken cancellationToken)
    {
        var gathered = new List<ReconcileTrigger>();
        while (backoff.NextRetry - _time.GetUtcNow() is var left && left > TimeSpan.Zero)
        {
            if (!await Triggers.WaitForAnyAsync(left, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            var arrived = Triggers.Take();
            gathered.AddRange(arrived);
            if (arrived.Any(EndsBackoff))
            {
                break;
            }
        }

        return gathered;
    }

    private async Task PassAsync(LoadedProject project, string trigger, CancellationToken cancellationToken)
    {
        var number = ++_passes;
        _reporter.PassStarted(number, trigger);
        _status.PassStarted(trigger);
        var outcome = await _runner.RunAsync(project.Project, _initialPending, cancellationToken).ConfigureAwait(false);
        BackoffState? backoff = null;
        if (outcome.Result == PassResult.Failed)
        {
            backoff = _failures.Failed(outcome.FailedStep ?? "the pass", outcome.Reason ?? "failed", _time.GetUtcNow());
        }
        else
        {
            _failures.Succeeded();
            _initialPending &= outcome.Result == PassResult.Paused;
        }

        _reporter.PassFinished(number, trigger, outcome, backoff);
        _status.PassFinished(outcome, backoff);
    }

    /// <summary>Loads the files again; false when they do not load (reported once per broken state, the configuration in force kept).</summary>
    private async Task<bool> ReloadAsync(CancellationToken cancellationToken)
    {
        if (await TryLoadAsync(cancellationToken).ConfigureAwait(false) is not { } loaded)
        {
            return false;
        }

        Current = loaded;
        // A new configuration is a new attempt: whatever failed before may be fixed by it.
        _failures.Succeeded();
        Reloaded?.Invoke(loaded);
        return true;
    }

    private async Task<LoadedProject?> TryLoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var loaded = await _source.LoadAsync(cancellationToken).ConfigureAwait(false);
            if (_filesBroken)
            {
                _filesBroken = false;
                _reporter.FilesAccepted();
                _status.Update(s => s with { FilesError = null });
            }

            return loaded;
        }
        catch (ComposeException e)
        {
            _filesBroken = true;
            _reporter.FilesRejected(e.Message);
            _status.Update(s => s with { FilesError = e.Message, State = Current is null ? "files rejected" : s.State });
            return null;
        }
    }

    private static bool IsFiles(ReconcileTrigger trigger) => trigger.Kind == TriggerKind.Files;

    private static bool EndsBackoff(ReconcileTrigger trigger) => trigger.Kind is TriggerKind.Files or TriggerKind.Reconnect;
}
