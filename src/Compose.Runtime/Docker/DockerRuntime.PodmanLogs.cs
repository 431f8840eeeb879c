using System.Runtime.CompilerServices;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    /// <summary>
    /// How long a followed log keeps reading after its container died, for output still on its way (Podman's follow
    /// lags its events by hundreds of milliseconds here). Lines the next run prints within it are read too: with
    /// one-second log timestamps nothing tells them apart, and a line twice is better than a line lost.
    /// </summary>
    private static readonly TimeSpan AfterDeathGrace = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Docker ends a followed log when its container stops; Podman 4.3 follows on into the next run a restart policy
    /// starts, whose lines a caller that follows each run (as <c>up</c> and <c>logs -f</c> do) would then print
    /// twice. So on Podman the stream ends at the container's <c>die</c>, once no line came for <see cref="AfterDeathGrace"/>.
    /// Podman 4.3 can also end the followed stream itself at the exit before the container's last lines (a TERM trap's
    /// goodbye, 1 run in 4 here): when the log is read from its start or a time (no <c>tail</c>, whose window moves),
    /// it is read once more without following and the lines after those already yielded are yielded too. That costs
    /// a second read of the log at each exit, on Podman only.
    /// </summary>
    private async IAsyncEnumerable<LogLine> FollowUntilDeathAsync(string id, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var lifecycle = new PodmanRunWatch(this, id, Options.TimeProvider, stop.Token);
        var lines = ReadLogsAsync(id, options, stop.Token).GetAsyncEnumerator(stop.Token);
        Task<bool>? next = null;
        var yielded = 0L;
        try
        {
            next = lines.MoveNextAsync().AsTask();
            while (true)
            {
                var ended = lifecycle.EndedAsync();
                if (await Task.WhenAny(next, ended).ConfigureAwait(false) == ended || !await next.ConfigureAwait(false))
                {
                    break;
                }

                yielded++;
                yield return lines.Current;
                next = lines.MoveNextAsync().AsTask();
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await PodmanRunWatch.ObserveAsync(next).ConfigureAwait(false);
            await lines.DisposeAsync().ConfigureAwait(false);
            await lifecycle.DisposeAsync().ConfigureAwait(false);
        }

        if (options.Tail is not null || cancellationToken.IsCancellationRequested)
        {
            yield break;
        }

        // Best effort: the followed stream has ended, and a container removed meanwhile (down) has nothing to add.
        var rest = ReadLogsAsync(id, options with { Follow = false }, cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            for (var read = 1L; await NextOrEndAsync(rest).ConfigureAwait(false); read++)
            {
                if (read > yielded)
                {
                    yield return rest.Current;
                }
            }
        }
        finally
        {
            await rest.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<bool> NextOrEndAsync(IAsyncEnumerator<LogLine> lines)
    {
        try
        {
            return await lines.MoveNextAsync().ConfigureAwait(false);
        }
        catch (Errors.ContainerRuntimeException)
        {
            return false;
        }
    }

    /// <summary>
    /// Podman 4.3's <c>tail</c> misplaces the line breaks of lines the container wrote in pieces (PostgreSQL's
    /// <c>selecting … ok</c>): <c>posix</c> and the next line's start come as one line. So the whole log is read and the
    /// last lines kept here (at most <paramref name="count"/> held at a time).
    /// </summary>
    private async IAsyncEnumerable<LogLine> LastLinesAsync(string id, LogOptions options, int count, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var last = new Queue<LogLine>(Math.Max(count, 0));
        var keepUnterminated = await UnterminatedLineIsFinalAsync(id, cancellationToken).ConfigureAwait(false);
        await foreach (var line in ReadLogsAsync(id, options, cancellationToken, keepUnterminated).ConfigureAwait(false))
        {
            if (count <= 0)
            {
                continue;
            }

            if (last.Count == count)
            {
                last.Dequeue();
            }

            last.Enqueue(line);
        }

        foreach (var line in last)
        {
            yield return line;
        }
    }

    /// <summary>
    /// Podman's log has a line the container is still writing (PostgreSQL's <c>running bootstrap script ... </c> before
    /// its <c>ok</c>) as soon as a piece of it is written; Docker's only once it ends. So while the container runs, text
    /// after the last line break is not a line yet; once it stopped, it is the last line.
    /// </summary>
    private async Task<bool> UnterminatedLineIsFinalAsync(string id, CancellationToken cancellationToken) =>
        (await InspectContainerAsync(id, cancellationToken).ConfigureAwait(false)).Summary.State is not (ContainerState.Running or ContainerState.Restarting or ContainerState.Paused);

    /// <summary>
    /// Watches one container's events from now: <see cref="EndedAsync"/> completes once the run being followed is
    /// over (its <c>die</c>, then a quiet <see cref="AfterDeathGrace"/>).
    /// </summary>
    private sealed class PodmanRunWatch : IAsyncDisposable
    {
        private readonly TaskCompletionSource _died = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TimeProvider _time;
        private readonly CancellationToken _stop;
        private readonly Task _watching;

        public PodmanRunWatch(DockerRuntime runtime, string id, TimeProvider time, CancellationToken stop)
        {
            _time = time;
            _stop = stop;
            _watching = WatchAsync(runtime, id, time.GetUtcNow());
        }

        /// <summary>Never completes before the container died; then after the grace, counted again from each line read.</summary>
        public Task EndedAsync() => _died.Task.IsCompleted ? Task.Delay(AfterDeathGrace, _time, _stop) : _died.Task;

        private async Task WatchAsync(DockerRuntime runtime, string id, DateTimeOffset since)
        {
            var query = EngineFilters.Query([new("type", ["container"]), new("container", [id])]) + "&since=" + EngineTime.ToQuery(since);
            try
            {
                await foreach (var engineEvent in runtime.OpenEventsAsync(query, null, _stop).ConfigureAwait(false))
                {
                    if (engineEvent.Action is "die" or "died")
                    {
                        _died.TrySetResult();
                        return;
                    }
                }
            }
            catch (Exception e) when (e is OperationCanceledException or Errors.ContainerRuntimeException)
            {
                // No events: the log simply follows as the engine sends it.
            }
        }

        public static async Task ObserveAsync(Task? task)
        {
            if (task is null)
            {
                return;
            }

            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or Errors.ContainerRuntimeException)
            {
            }
        }

        public async ValueTask DisposeAsync() => await ObserveAsync(_watching).ConfigureAwait(false);
    }
}
