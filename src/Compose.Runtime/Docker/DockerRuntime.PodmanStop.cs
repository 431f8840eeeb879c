using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    /// <summary>How long a container killed with SIGKILL may take to be reported exited before the stop fails.</summary>
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(10);

    /// <summary>How often an inspect that fails while the process exits is tried before its error stands (100 ms apart).</summary>
    private const int TransientInspectAttempts = 10;

    /// <summary>
    /// Podman 4.3's API serves about seven blocking requests at once: 30 stops of containers that ignore SIGTERM,
    /// sent together, took 28.4 s with a 5 s grace period (batches of seven) where Docker takes the grace period once.
    /// So a stop is done as <c>docker stop</c> does it, from here: the stop signal, short inspects until the container
    /// exited or the grace period is over, then SIGKILL. Those requests return at once, so every container's grace
    /// period runs at the same time (13.0 s for the same 30 in one measurement, the rest being Podman's own cleanup).
    /// </summary>
    private async Task StopByKillAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var config = await _client.GetAsync($"/containers/{Escape(id)}/json", Json.ContainerInspectDto, "stop container", id, cancellationToken).ConfigureAwait(false);
        var state = WireMapper.ParseState(config.State?.Status);
        if (state is not (ContainerState.Running or ContainerState.Paused or ContainerState.Restarting))
        {
            return;
        }

        // A kill is not a stop for a restart policy (Podman would start the container again), and a paused
        // container gets no signal: those take Podman's own stop.
        if (state == ContainerState.Paused || config.HostConfig?.RestartPolicy?.Name is { Length: > 0 } and not "no")
        {
            await _client.SendNoContentAsync(StopRequest(id, "stop", timeout), cancellationToken).ConfigureAwait(false);
            return;
        }

        var grace = timeout ?? TimeSpan.FromSeconds(config.Config?.StopTimeout ?? (int)ContainerSpecMapper.DefaultStopTimeout.TotalSeconds);
        if (grace > TimeSpan.Zero && await SignalAsync(id, config.Config?.StopSignal ?? "SIGTERM", cancellationToken).ConfigureAwait(false)
            && await ExitedWithinAsync(id, grace, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (await SignalAsync(id, "SIGKILL", cancellationToken).ConfigureAwait(false) && !await ExitedWithinAsync(id, KillGrace, cancellationToken).ConfigureAwait(false))
        {
            throw new ContainerRuntimeException("stop container", id, $"the container was still running {KillGrace.TotalSeconds:0} s after SIGKILL");
        }
    }

    /// <summary>
    /// Sends a signal; false when the container is not running any more (Podman answers 409 or 500 "state improper",
    /// or, when the process exits just as the signal goes, some other 500 such as "no such process": then the
    /// container's state decides).
    /// </summary>
    private async Task<bool> SignalAsync(string id, string signal, CancellationToken cancellationToken)
    {
        try
        {
            await KillContainerAsync(id, signal, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ResourceConflictException)
        {
            return false;
        }
        catch (ContainerRuntimeException e) when (e is not (RuntimeUnavailableException or ResourceNotFoundException or EngineTimeoutException))
        {
            if (IsRunning(await StatusWhileExitingAsync(id, cancellationToken).ConfigureAwait(false)))
            {
                throw;
            }

            return false;
        }
    }

    /// <summary>
    /// The container's state, read while its process may be exiting: Podman 4.3's inspect then fails now and then
    /// with a 500 ("read /proc/N/cgroup: no such process", it reads the dying process's cgroup), which a moment
    /// later it answers normally. A container that is gone is reported "removed".
    /// </summary>
    private async Task<string?> StatusWhileExitingAsync(string id, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var details = await _client.GetAsync($"/containers/{Escape(id)}/json", Json.ContainerInspectDto, "stop container", id, cancellationToken).ConfigureAwait(false);
                return details.State?.Status;
            }
            catch (ResourceNotFoundException)
            {
                return "removed";
            }
            catch (ContainerRuntimeException e) when (attempt < TransientInspectAttempts && e is not (RuntimeUnavailableException or EngineTimeoutException))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), Options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Polls the container's state: every 100 ms for the first second (most processes exit at once), then every 500 ms.</summary>
    private async Task<bool> ExitedWithinAsync(string id, TimeSpan limit, CancellationToken cancellationToken)
    {
        var clock = Options.TimeProvider;
        var start = clock.GetTimestamp();
        while (true)
        {
            var status = await StatusWhileExitingAsync(id, cancellationToken).ConfigureAwait(false);
            var elapsed = clock.GetElapsedTime(start);
            var deadline = limit;
            if (!IsRunning(status))
            {
                deadline = limit + KillGrace;
                // "stopped": the process is gone but Podman's cleanup (mounts, network) is still running; Docker's
                // stop returns after it, and so does this one, within a bound.
                if (status != "stopped" || elapsed >= limit + KillGrace)
                {
                    return true;
                }
            }
            else if (elapsed >= limit)
            {
                return false;
            }

            var pause = elapsed < TimeSpan.FromSeconds(1) ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromMilliseconds(500);
            // Up to the deadline of the state seen: a cleanup that outlasts the stop's own limit (a loaded machine) waits
            // on towards limit + KillGrace, never a negative delay.
            var left = deadline - elapsed;
            await Task.Delay(left <= TimeSpan.Zero ? TimeSpan.Zero : pause < left ? pause : left, clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsRunning(string? status) =>
        WireMapper.ParseState(status) is ContainerState.Running or ContainerState.Paused or ContainerState.Restarting;
}
