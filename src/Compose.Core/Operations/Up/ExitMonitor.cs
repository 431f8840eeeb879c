using System.Globalization;
using Compose.Observing;
using Compose.Operations.Logs;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Operations.Up;

/// <summary>
/// Watches the attached containers until all have exited: each exit is printed (<c>web-1 exited with code 0</c>)
/// after the output that led to it and, with an abort mode, the first qualifying exit stops the stack. The exit code
/// is the one of the <c>--exit-code-from</c> service, else of the service whose exit caused the abort, as docker
/// compose computes it. Exits come from the engine's <c>die</c> events since the <c>up</c> began, so none is missed:
/// not a one-shot's that finished before watching started, nor a quick crash its restart policy already undid.
/// </summary>
/// <param name="logsEnded">The end of a container's log stream: its exit is printed after its last lines.</param>
internal sealed class ExitMonitor(ComposeSession session, string project, AttachSettings settings, IAttachedOutput output, Func<Task> abort, Func<string, Task> logsEnded)
{
    /// <summary>How long an exit waits for the container's last lines; a stream that hangs does not hold the report back.</summary>
    private static readonly TimeSpan LogsGrace = TimeSpan.FromSeconds(2);

    /// <summary>A die event is stamped just after the exit it reports; restarts are at least 100 ms apart.</summary>
    private static readonly TimeSpan StampTolerance = TimeSpan.FromMilliseconds(50);

    private readonly Lock _gate = new();
    private string? _exitCodeFrom = settings.ExitCodeFrom;
    private int _exitCode;
    private Task? _aborting;

    public async Task<int> RunAsync(IReadOnlyList<LogSource> containers, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var watched = containers.ToDictionary(c => c.Id, c => c, StringComparer.Ordinal);
        if (watched.Count > 0)
        {
            await WatchAsync(watched, since, cancellationToken).ConfigureAwait(false);
        }

        Task? aborting;
        lock (_gate)
        {
            aborting = _aborting;
        }

        if (aborting is not null)
        {
            await aborting.ConfigureAwait(false);
        }

        return _exitCode;
    }

    private async Task WatchAsync(Dictionary<string, LogSource> watched, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var filter = new EventFilter { Labels = LabelFilter.Of(ComposeLabels.Project, project), Types = ["container"], Since = since };
        await foreach (var died in session.Runtime.EventsAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            if (died.Action != "die" || !watched.TryGetValue(died.ActorId, out var container))
            {
                continue;
            }

            var code = int.TryParse(died.Attribute("exitCode"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
            if (!IsAborting)
            {
                // Exits caused by the abort's own stop are not news.
                await LastLinesAsync(died.ActorId, cancellationToken).ConfigureAwait(false);
                output.Exited(container, code);
            }

            OnExit(container.Service, code);
            if ((IsAborting || await IsLastExitAsync(died, cancellationToken).ConfigureAwait(false)) && watched.Remove(died.ActorId) && watched.Count == 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// Whether the container stays down after this exit: it is neither running nor being restarted, and this is its
    /// latest exit (a die replayed from before a restart is not).
    /// </summary>
    private async Task<bool> IsLastExitAsync(EngineEvent died, CancellationToken cancellationToken)
    {
        try
        {
            var details = await session.Runtime.InspectContainerAsync(died.ActorId, cancellationToken).ConfigureAwait(false);
            return details.Summary.State is not (ContainerState.Running or ContainerState.Restarting)
                && (details.FinishedAt is not { } finished || died.Time >= finished - StampTolerance);
        }
        catch (ResourceNotFoundException)
        {
            // Removed (replaced by a recreate): it will not exit again.
            return true;
        }
    }

    private async Task LastLinesAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            await logsEnded(id).WaitAsync(LogsGrace, session.Time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
    }

    private bool IsAborting
    {
        get
        {
            lock (_gate)
            {
                return _aborting is not null;
            }
        }
    }

    private void OnExit(string service, int code)
    {
        lock (_gate)
        {
            var triggers = settings.Abort == AbortMode.OnExit || (settings.Abort == AbortMode.OnFailure && code != 0);
            if (triggers)
            {
                _exitCodeFrom ??= service;
                _aborting ??= Task.Run(abort);
            }

            if (_exitCodeFrom == service)
            {
                _exitCode = code;
            }
        }
    }
}
