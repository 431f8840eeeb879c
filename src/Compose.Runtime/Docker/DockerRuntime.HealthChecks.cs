using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    /// <summary>Docker's default interval, for a check that sets none.</summary>
    private static readonly TimeSpan DefaultHealthInterval = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Podman 4.3 runs health checks only from systemd timers, so without systemd a container's health stays
    /// <c>starting</c>. While a caller waits, run the check at the container's interval through the libpod endpoint
    /// (Podman applies retries and the start period itself, and reports each run as a <c>health_status</c> event).
    /// Docker runs its checks itself: nothing to do.
    /// </summary>
    public async Task DriveHealthChecksAsync(string id, CancellationToken cancellationToken)
    {
        await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        if (!_client.IsPodman)
        {
            return;
        }

        var config = (await _client.GetAsync($"/containers/{Escape(id)}/json", Json.ContainerInspectDto, "inspect container", id, cancellationToken).ConfigureAwait(false)).Config?.Healthcheck;
        if (config?.Test is not { Length: > 0 } test || test[0] == "NONE")
        {
            return;
        }

        var interval = config.Interval is > 0 and var nanoseconds ? TimeSpan.FromTicks(nanoseconds / 100) : DefaultHealthInterval;
        // Podman does not always end a check that outlives its timeout (one hung here for minutes): bound each run.
        var bound = (config.Timeout is > 0 and var timeout ? TimeSpan.FromTicks(timeout / 100) : DefaultHealthInterval) + TimeSpan.FromSeconds(5);
        while (true)
        {
            await Task.Delay(interval, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
            if (!await RunHealthCheckAsync(id, bound, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    /// <summary>One run of the check; false when the container is gone.</summary>
    private async Task<bool> RunHealthCheckAsync(string id, TimeSpan bound, CancellationToken cancellationToken)
    {
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        run.CancelAfter(bound);
        try
        {
            // Bound by the check's own timeout (run), not the request limit.
            var check = new EngineRequest(HttpMethod.Get, $"/libpod/containers/{Escape(id)}/healthcheck", "run health check of container", id) { Wait = EngineWait.Stream };
            await _client.SendNoContentAsync(check, run.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The run outlived its timeout: the next interval tries again.
        }
        catch (ResourceConflictException)
        {
            // Not running right now (restarting, stopped): the waiter decides what that means; try again next interval.
        }
        catch (ResourceNotFoundException)
        {
            return false;
        }

        return true;
    }
}
