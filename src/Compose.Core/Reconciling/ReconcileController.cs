using Compose.Locking;
using Compose.Operations;
using Microsoft.Extensions.Hosting;

namespace Compose.Reconciling;

/// <summary>
/// The reconcile controller of one project, hosted as a <see cref="BackgroundService"/>: the loop
/// (<see cref="ReconcileLoop"/>) fed by the engine's events (<see cref="EngineFollower"/>), the input files
/// (<see cref="FileFollower"/>) and the periodic pass, each pass an <c>up</c> under the project's lock
/// (<see cref="ReconcilePass"/>), its status written to the project's status file after every change. Stopping the
/// host ends the loop; the stack is left running. See docs/reconcile.md.
/// </summary>
public sealed class ReconcileController(
    ComposeSession session,
    IProjectSource source,
    LoadedProject? loaded,
    ProjectStateFiles files,
    ReconcileControllerSettings settings,
    IReconcileReporter reporter) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var time = session.Time;
        using var registration = await ControllerRegistration.TakeAsync(files, time, stoppingToken).ConfigureAwait(false);
        var status = new StatusTracker(
            new ReconcileStatus { Project = files.Project, Pid = Environment.ProcessId, Started = time.GetUtcNow() },
            s => StatusFile.Write(files.StatusFile, s),
            time,
            settings.Loop.Period);
        var outage = new EngineOutage();
        var loop = new ReconcileLoop(source, new ReconcilePass(session, files, settings.Pass, outage), reporter, settings.Loop, time, status);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var follower = settings.FollowFiles ? new FileFollower(loop.Triggers, time, settings.Debounce, loaded?.Project.WorkingDirectory ?? "/", reporter.Engine) : null;
        var tasks = new List<Task>();
        if (follower is not null)
        {
            loop.Reloaded += project => follower.Watch(project.Inputs);
            if (loaded is not null)
            {
                follower.Watch(loaded.Inputs);
            }

            tasks.Add(follower.RunAsync(stop.Token));
        }

        if (settings.Heal)
        {
            var engine = new EngineFollower(session.Runtime, () => loop.Current is { } p ? DriftScope.Of(p.Project) : null, loop.Triggers, reporter,
                text => status.Update(s => s with { Engine = text }), time, outage);
            tasks.Add(engine.RunAsync(stop.Token));
        }

        tasks.Add(loop.RunAsync(loaded, stop.Token));
        try
        {
            // Any part ending ends the controller: the loop runs until cancelled, so that is a failure to report.
            await (await Task.WhenAny(tasks).ConfigureAwait(false)).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(tasks.Select(t => t.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default))).ConfigureAwait(false);
            status.Update(s => s with { State = "stopped" });
        }
    }
}
