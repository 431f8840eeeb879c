using Compose.Execution;
using Compose.Model;
using Compose.Observing;
using Compose.Operations.Logs;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Operations.Up;

/// <summary>
/// An attached <c>up</c> once the stack is up: the attached services' output, each exit reported, until every
/// attached container has exited, an abort rule stops the stack, or an interrupt stops it gracefully (a second
/// interrupt, which cancels <paramref name="secondInterrupt"/>, kills it instead) and the command ends as interrupted.
/// </summary>
public sealed class AttachedUp(ComposeSession session, Project project, AttachSettings settings, IAttachedOutput output, CancellationToken secondInterrupt)
{
    /// <summary>Streams until the session ends; returns the exit code it computed, or null when it was interrupted.</summary>
    public async Task<int?> RunAsync(DateTimeOffset since, CancellationToken interrupt)
    {
        using var stopLogs = new CancellationTokenSource();
        using var followRestarts = new CancellationTokenSource();
        var logs = Task.CompletedTask;
        try
        {
            var containers = await WatchedContainersAsync(since, interrupt).ConfigureAwait(false);
            output.Notice($"Attaching to {string.Join(", ", containers.Select(c => c.DisplayName))}");
            var streamer = new LogStreamer(session, output, new LogOptions { Follow = true, Since = since, Timestamps = settings.Timestamps });
            logs = StreamLogsAsync(streamer, containers, followRestarts.Token, stopLogs.Token);
            var code = await new ExitMonitor(session, project.Name, settings, output, AbortAsync, streamer.StreamEnded).RunAsync(containers, since, interrupt).ConfigureAwait(false);
            if (settings.UntilInterrupted)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, session.Time, interrupt).ConfigureAwait(false);
            }

            await DrainAsync(logs, followRestarts, stopLogs).ConfigureAwait(false);
            return code;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            await StopOnInterruptAsync().ConfigureAwait(false);
            await DrainAsync(logs, followRestarts, stopLogs).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>
    /// Interrupted: stop gracefully, and kill instead when a second interrupt came before or comes during the stop.
    /// Both observe the project afresh rather than trust what the interrupted calls reported, so a container whose
    /// start was in flight is stopped too; a container that stopped by itself meanwhile is not an error.
    /// </summary>
    public async Task StopOnInterruptAsync()
    {
        output.Notice("Gracefully stopping... (press Ctrl+C again to force)");
        try
        {
            secondInterrupt.ThrowIfCancellationRequested();
            await RunLifecycleAsync(Planner.PlanStop, secondInterrupt).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (secondInterrupt.IsCancellationRequested)
        {
            await RunLifecycleAsync(Planner.PlanKill, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task AbortAsync()
    {
        output.Notice("Aborting on container exit...");
        await RunLifecycleAsync(Planner.PlanStop, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Stops (or kills) this up's services, with a progress display of its own (the first one has finished).</summary>
    private async Task RunLifecycleAsync(Func<Project, ObservedState, LifecycleOptions, Plan> planner, CancellationToken cancellationToken)
    {
        // A stop like any other: under the project's lock, and a controller of the project leaves the services stopped.
        await using var held = await session.LockAsync(project.Name, "stop", Locking.LockIntent.Pause, settings.Selected, cancellationToken).ConfigureAwait(false);
        var progress = session.NewProgress?.Invoke() ?? session.Progress;
        try
        {
            var target = session.Target(progress);
            var observed = await target.ObserveAsync(project, cancellationToken).ConfigureAwait(false);
            var plan = planner(project, observed, new LifecycleOptions { Services = settings.Selected, Timeout = settings.Timeout });
            await target.ExecuteAsync(plan, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!ReferenceEquals(progress, session.Progress))
            {
                (progress as IDisposable)?.Dispose();
            }
        }
    }

    /// <summary>The attached services' containers that run now, or that ran and exited during this <c>up</c> (one-shots).</summary>
    private async Task<IReadOnlyList<LogSource>> WatchedContainersAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var observed = await new StateObserver(session.Runtime).ObserveAsync(project.Name, cancellationToken).ConfigureAwait(false);
        var watched = new List<LogSource>();
        foreach (var container in settings.Attached.SelectMany(s => observed.ContainersOf(s)))
        {
            var source = LogSource.For(project.Name, container.Id, container.Name, ContainerFacts.ServiceOf(container) ?? "");
            if (ContainerFacts.IsUp(container))
            {
                watched.Add(source);
            }
            else if (container.State == ContainerState.Exited
                && (await session.Runtime.InspectContainerAsync(container.Id, cancellationToken).ConfigureAwait(false)).FinishedAt >= since)
            {
                watched.Add(source);
            }
        }

        return watched;
    }

    /// <param name="followRestarts">Until cancelled (the session ends), a container that starts again (restart policy, watch) prints again.</param>
    private Task StreamLogsAsync(LogStreamer streamer, IReadOnlyList<LogSource> containers, CancellationToken followRestarts, CancellationToken cancellationToken) =>
        streamer.RunAsync(
            containers,
            LabelFilter.Of(ComposeLabels.Project, project.Name),
            e => e.Attribute(ComposeLabels.Service) is { } service && settings.Attached.Contains(service) && e.Attribute(ComposeLabels.OneOff) != ComposeLabels.True
                ? LogSource.For(project.Name, e.ActorId, e.Attribute("name") ?? e.ActorId, service)
                : null,
            followRestarts,
            cancellationToken);

    /// <summary>Every watched container has stopped, so the log streams end on their own; a stream that hangs is not waited for long.</summary>
    private static async Task DrainAsync(Task logs, CancellationTokenSource followRestarts, CancellationTokenSource stopLogs)
    {
        await followRestarts.CancelAsync().ConfigureAwait(false);
        stopLogs.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await logs.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopLogs.IsCancellationRequested)
        {
        }
    }
}
