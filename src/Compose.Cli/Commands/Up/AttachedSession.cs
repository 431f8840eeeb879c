using Compose.Cli.Commands.Logs;
using Compose.Cli.Rendering;
using Compose.Execution;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;
using Compose.Targets.Engine;

namespace Compose.Cli.Commands.Up;

/// <summary>
/// An attached <c>up</c> once the stack is up: the attached services' output, prefixed <c>web-1  | </c> in a colour
/// stable per service, each exit reported, until every attached container has exited, an abort rule stops the stack,
/// or Ctrl+C stops it gracefully (a second Ctrl+C kills it) and composectl exits with 130.
/// </summary>
internal sealed class AttachedSession(CommandContext context, Project project, AttachSettings settings)
{
    public async Task<int> RunAsync(DateTimeOffset since, CancellationToken interrupt)
    {
        (context.Progress as IDisposable)?.Dispose();
        var colors = settings.NoColor ? ServiceColors.Disabled : context.ColorsFor(project.Services.Keys);
        using var stopLogs = new CancellationTokenSource();
        using var followRestarts = new CancellationTokenSource();
        var logs = Task.CompletedTask;
        try
        {
            var containers = await WatchedContainersAsync(since, interrupt).ConfigureAwait(false);
            await context.Error.WriteLineAsync($"Attaching to {string.Join(", ", containers.Select(c => c.DisplayName))}").ConfigureAwait(false);
            var prefixer = new LogPrefixer(colors, !settings.NoLogPrefix, settings.Timestamps);
            var streamer = new LogStreamer(context, prefixer, new LogOptions { Follow = true, Since = since, Timestamps = settings.Timestamps });
            logs = StreamLogsAsync(streamer, containers, followRestarts.Token, stopLogs.Token);
            var code = await new ExitMonitor(context, project.Name, settings, colors, AbortAsync, streamer.StreamEnded).RunAsync(containers, since, interrupt).ConfigureAwait(false);
            if (settings.UntilInterrupted)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, context.Time, interrupt).ConfigureAwait(false);
            }

            await DrainAsync(logs, followRestarts, stopLogs).ConfigureAwait(false);
            return code;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            await StopOnInterruptAsync().ConfigureAwait(false);
            await DrainAsync(logs, followRestarts, stopLogs).ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
    }

    /// <summary>Ctrl+C: stop gracefully, and kill instead when a second Ctrl+C comes during the stop.</summary>
    public async Task StopOnInterruptAsync()
    {
        await context.Error.WriteLineAsync("Gracefully stopping... (press Ctrl+C again to force)").ConfigureAwait(false);
        using var second = new SecondInterrupt();
        try
        {
            await RunLifecycleAsync(Planner.PlanStop, second.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (second.Token.IsCancellationRequested)
        {
            await RunLifecycleAsync(Planner.PlanKill, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task AbortAsync()
    {
        await context.Error.WriteLineAsync("Aborting on container exit...").ConfigureAwait(false);
        await RunLifecycleAsync(Planner.PlanStop, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Stops (or kills) this up's services, with a progress display of its own (the first one has finished).</summary>
    private async Task RunLifecycleAsync(Func<Project, ObservedState, LifecycleOptions, Plan> planner, CancellationToken cancellationToken)
    {
        var progress = ProgressRendererFactory.Create(context.Console, context.Environment);
        try
        {
            var reconciler = new EngineTarget(context.Runtime, progress, context.Parallelism, context.Time);
            var observed = await reconciler.ObserveAsync(project, cancellationToken).ConfigureAwait(false);
            var plan = planner(project, observed, new LifecycleOptions { Services = settings.Selected, Timeout = settings.Timeout });
            await reconciler.ExecuteAsync(plan, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            (progress as IDisposable)?.Dispose();
        }
    }

    /// <summary>The attached services' containers that run now, or that ran and exited during this <c>up</c> (one-shots).</summary>
    private async Task<IReadOnlyList<(ContainerInfo Container, string DisplayName)>> WatchedContainersAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var observed = await new StateObserver(context.Runtime).ObserveAsync(project.Name, cancellationToken).ConfigureAwait(false);
        var watched = new List<(ContainerInfo, string)>();
        foreach (var container in settings.Attached.SelectMany(s => observed.ContainersOf(s)))
        {
            var display = LogPrefixer.DisplayName(project.Name, container.Name);
            if (ContainerFacts.IsUp(container))
            {
                watched.Add((container, display));
            }
            else if (container.State == ContainerState.Exited
                && (await context.Runtime.InspectContainerAsync(container.Id, cancellationToken).ConfigureAwait(false)).FinishedAt >= since)
            {
                watched.Add((container, display));
            }
        }

        return watched;
    }

    /// <param name="followRestarts">Until cancelled (the session ends), a container that starts again (restart policy, watch) prints again.</param>
    private Task StreamLogsAsync(
        LogStreamer streamer, IReadOnlyList<(ContainerInfo Container, string DisplayName)> containers, CancellationToken followRestarts, CancellationToken cancellationToken)
    {
        var sources = containers.Select(c => new LogSource(c.Container.Id, c.DisplayName, ContainerFacts.ServiceOf(c.Container) ?? "")).ToList();
        return streamer.RunAsync(
            sources,
            LabelFilter.Of(ComposeLabels.Project, project.Name),
            e => e.Attribute(ComposeLabels.Service) is { } service && settings.Attached.Contains(service) && e.Attribute(ComposeLabels.OneOff) != ComposeLabels.True
                ? new LogSource(e.ActorId, LogPrefixer.DisplayName(project.Name, e.Attribute("name") ?? e.ActorId), service)
                : null,
            followRestarts,
            cancellationToken);
    }

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
