using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using Compose.Runtime.Docker.Streams;
using Compose.Runtime.Swarm;

namespace Compose.Runtime.Docker.Swarm;

public sealed partial class DockerSwarmClient
{
    public async Task<ImmutableArray<SwarmTask>> ListTasksAsync(IReadOnlyCollection<string> serviceIds, CancellationToken cancellationToken)
    {
        if (serviceIds.Count == 0)
        {
            return [];
        }

        return await ListTasksAsync(EngineFilters.Query("service", serviceIds), cancellationToken).ConfigureAwait(false);
    }

    public Task<ImmutableArray<SwarmTask>> ListTasksAsync(LabelFilter filter, CancellationToken cancellationToken) =>
        ListTasksAsync(LabelQuery(filter), cancellationToken);

    private async Task<ImmutableArray<SwarmTask>> ListTasksAsync(string query, CancellationToken cancellationToken)
    {
        var tasks = await _client.GetAsync($"/tasks?{query}", Json.TaskDtoArray, "list tasks", null, cancellationToken).ConfigureAwait(false);
        return [.. tasks.Select(t => new SwarmTask
        {
            Id = t.ID,
            ServiceId = t.ServiceID,
            Slot = t.Slot,
            NodeId = string.IsNullOrEmpty(t.NodeID) ? null : t.NodeID,
            DesiredState = t.DesiredState ?? "",
            State = t.Status?.State ?? "",
            Message = string.IsNullOrEmpty(t.Status?.Message) ? null : t.Status.Message,
            Error = string.IsNullOrEmpty(t.Status?.Err) ? null : t.Status.Err,
            Timestamp = t.Status?.Timestamp ?? t.CreatedAt,
            CreatedAt = t.CreatedAt,
            ContainerId = string.IsNullOrEmpty(t.Status?.ContainerStatus?.ContainerID) ? null : t.Status.ContainerStatus.ContainerID,
            ExitCode = t.Status?.ContainerStatus?.ExitCode,
            Image = t.Spec?.ContainerSpec?.Image ?? "",
            Container = t.Spec?.ContainerSpec is { } container ? SwarmContainerMapper.FromWire(container) : null,
            Ports = t.Status?.PortStatus?.Ports is { } ports ? [.. ports.Select(SwarmSpecMapper.PortFromWire)] : [],
        })];
    }

    /// <summary>
    /// Asks for the engine's details on every line (<c>details=1</c>): a <c>key=value,…</c> prefix naming the task and
    /// node, which is split off here. A TTY service's output comes as one raw stream, told by the content type.
    /// </summary>
    public async IAsyncEnumerable<SwarmLogLine> GetServiceLogsAsync(string serviceId, LogOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new EngineRequest(HttpMethod.Get, $"/services/{Escape(serviceId)}/logs?details=1&{LogQuery(options)}", "read logs of service", serviceId) { Streaming = true, Wait = EngineWait.Stream };
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var tty = options.Tty ?? response.Content.Headers.ContentType?.MediaType == "application/vnd.docker.raw-stream";
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new OutputFrameReader(body, tty, "read logs of service", serviceId);
        using var assembler = new LogLineAssembler(options.Timestamps);
        var lines = new List<LogLine>();
        while (await EngineStreams.ReadAsync(reader, "read logs of service", serviceId, cancellationToken).ConfigureAwait(false) is { } frame)
        {
            assembler.Append(frame.Stream, frame.Data.Span, lines);
            foreach (var line in lines)
            {
                yield return SwarmLogDetails.Split(line);
            }

            lines.Clear();
        }

        assembler.Flush(lines);
        foreach (var line in lines)
        {
            yield return SwarmLogDetails.Split(line);
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

        return query;
    }

    private static string Flag(bool value) => value ? "1" : "0";
}
