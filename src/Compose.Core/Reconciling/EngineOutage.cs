using System.Collections.Immutable;
using Compose.Observing;
using Compose.Runtime;

namespace Compose.Reconciling;

/// <summary>
/// The time the loop could not watch the engine, shared by the <see cref="EngineFollower"/> (which sees the event
/// stream drop and come back) and the passes. An engine that restarts stops every container as it shuts down, just
/// before its stream drops (Docker 20.10 still delivers their <c>die</c> events); those stops are no one's decision, so
/// a pass does not keep them as a user's stop: it starts again the containers that exited after the last event the loop
/// saw less the longest stop grace period of the project (plus 2 s), the time a shutdown takes to stop them, in the
/// engine's own clock. So a container stopped by hand within that time before an engine restart is started too. Once a
/// pass that began after the reconnect has succeeded, the window is closed and every stop stands again.
/// </summary>
public sealed class EngineOutage
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _lostAt;
    private bool _back;

    /// <summary>The event stream dropped (the first failure of a series); <paramref name="at"/> is the time of the last event it gave.</summary>
    public void Lost(DateTimeOffset at)
    {
        lock (_gate)
        {
            _lostAt ??= at;
            _back = false;
        }
    }

    /// <summary>The event stream is connected again.</summary>
    public void Reconnected()
    {
        lock (_gate)
        {
            _back = _lostAt is not null;
        }
    }

    /// <summary>Taken when a pass begins: the window to apply, and whether the pass closes it when it succeeds.</summary>
    public (DateTimeOffset? Since, bool ClosesIt) Begin()
    {
        lock (_gate)
        {
            return (_lostAt, _back);
        }
    }

    /// <summary>A pass that began after the reconnect succeeded: whatever the engine stopped is running again.</summary>
    public void Close(DateTimeOffset since)
    {
        lock (_gate)
        {
            if (_lostAt == since && _back)
            {
                _lostAt = null;
                _back = false;
            }
        }
    }

    /// <summary>
    /// The exited service containers (not one-offs) of <paramref name="observed"/> that stopped after
    /// <paramref name="since"/> less the shutdown's time: inspected one by one, which only happens in the passes of an outage.
    /// </summary>
    public static async Task<ImmutableHashSet<string>> StoppedSinceAsync(IContainerRuntime runtime, Model.Project project, ObservedState observed, DateTimeOffset since, CancellationToken cancellationToken)
    {
        since -= ShutdownTime(project);
        var stopped = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var container in observed.Containers.Where(c => c.State == ContainerState.Exited && !ContainerFacts.IsOneOff(c)))
        {
            var details = await runtime.InspectContainerAsync(container.Id, cancellationToken).ConfigureAwait(false);
            if (details.FinishedAt is { } finished && finished > since)
            {
                stopped.Add(container.Id);
            }
        }

        return stopped.ToImmutable();
    }

    /// <summary>How long before its stream drops an engine that shuts down may have stopped a container: its grace, 10 s by default.</summary>
    public static TimeSpan ShutdownTime(Model.Project project) =>
        project.Services.Values.Select(s => s.StopGracePeriod ?? TimeSpan.FromSeconds(10)).DefaultIfEmpty(TimeSpan.FromSeconds(10)).Max() + TimeSpan.FromSeconds(2);
}
