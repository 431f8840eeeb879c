using System.Globalization;
using System.Runtime.CompilerServices;
using Compose.Runtime.Docker.Streams;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    /// <summary>
    /// Streams log lines as the engine sends them: the first line is yielded as soon as it arrives, long before a
    /// followed container ends. Whether the output is multiplexed depends on the container's TTY: taken from
    /// <see cref="LogOptions.Tty"/>, else from the answer's content type (API 1.42+), else from an inspect sent
    /// alongside the logs request so it costs no extra round trip.
    /// </summary>
    public async IAsyncEnumerable<LogLine> GetLogsAsync(string id, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        var lines = !_client.IsPodman ? ReadLogsAsync(id, options, cancellationToken)
            : options.Follow ? FollowUntilDeathAsync(id, options, cancellationToken)
            : options.Tail is { } tail ? LastLinesAsync(id, options with { Tail = null }, tail, cancellationToken)
            : ReadLogsAsync(id, options, cancellationToken, await UnterminatedLineIsFinalAsync(id, cancellationToken).ConfigureAwait(false));
        await foreach (var line in lines.ConfigureAwait(false))
        {
            yield return line;
        }
    }

    /// <param name="id">The container.</param>
    /// <param name="options">What to read.</param>
    /// <param name="cancellationToken">Ends the read.</param>
    /// <param name="keepUnterminated">Whether text after the last line break is yielded as a line.</param>
    private async IAsyncEnumerable<LogLine> ReadLogsAsync(string id, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken, bool keepUnterminated = true)
    {
        var tty = options.Tty is { } known ? Task.FromResult(known) : null;
        var apiVersion = await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        if (tty is null && apiVersion < new Version(1, 42))
        {
            tty = InspectTtyAsync(id, cancellationToken);
        }

        var request = new EngineRequest(HttpMethod.Get, $"/containers/{Escape(id)}/logs?{LogQuery(options)}", "read logs of container", id) { Streaming = true, Wait = EngineWait.Stream };
        using var response = await SendObservingAsync(request, tty, cancellationToken).ConfigureAwait(false);
        var isTty = tty is not null
            ? await tty.ConfigureAwait(false)
            : response.Content.Headers.ContentType?.MediaType == "application/vnd.docker.raw-stream";
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var line in ReadLinesAsync(body, isTty, options.Timestamps, keepUnterminated, "read logs of container", id, cancellationToken).ConfigureAwait(false))
        {
            yield return line;
        }
    }

    /// <summary>When the logs request fails, the concurrent inspect's outcome is observed (and dropped) before the failure surfaces.</summary>
    private async Task<HttpResponseMessage> SendObservingAsync(EngineRequest request, Task<bool>? companion, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch when (companion is not null)
        {
            await companion.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }
    }

    private async Task<bool> InspectTtyAsync(string id, CancellationToken cancellationToken) =>
        (await InspectContainerAsync(id, cancellationToken).ConfigureAwait(false)).Tty;

    private static async IAsyncEnumerable<LogLine> ReadLinesAsync(
        Stream body, bool tty, bool timestamps, bool keepUnterminated, string operation, string resource, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new OutputFrameReader(body, tty, operation, resource);
        using var assembler = new LogLineAssembler(timestamps);
        var lines = new List<LogLine>();
        while (await EngineStreams.ReadAsync(reader, operation, resource, cancellationToken).ConfigureAwait(false) is { } frame)
        {
            assembler.Append(frame.Stream, frame.Data.Span, lines);
            foreach (var line in lines)
            {
                yield return line;
            }

            lines.Clear();
        }

        if (keepUnterminated)
        {
            assembler.Flush(lines);
        }

        foreach (var line in lines)
        {
            yield return line;
        }
    }

    private static string LogQuery(LogOptions options)
    {
        var query = $"follow={Flag(options.Follow)}&stdout={Flag(options.Stdout)}&stderr={Flag(options.Stderr)}&timestamps={Flag(options.Timestamps)}";
        query += "&tail=" + (options.Tail is { } tail ? tail.ToString(CultureInfo.InvariantCulture) : "all");
        if (options.Since is { } since)
        {
            query += "&since=" + EngineTime.ToQuery(since);
        }

        if (options.Until is { } until)
        {
            query += "&until=" + EngineTime.ToQuery(until);
        }

        return query;
    }

    public async Task<IContainerConnection> AttachContainerAsync(string id, AttachOptions options, CancellationToken cancellationToken)
    {
        var query = $"stream=1&stdin={Flag(options.Stdin)}&stdout={Flag(options.Stdout)}&stderr={Flag(options.Stderr)}&logs={Flag(options.Logs)}";
        if (options.DetachKeys is { } keys)
        {
            query += "&detachKeys=" + Escape(keys);
        }

        var stream = await _client.HijackAsync($"/containers/{Escape(id)}/attach?{query}", [], "attach to container", id, cancellationToken).ConfigureAwait(false);
        return new ContainerConnection(stream, options.Tty, "attach to container", id);
    }
}
