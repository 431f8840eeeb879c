using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Compose.Runtime.Docker.Streams;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    public async Task<TopResult> TopAsync(string id, string? psArguments, CancellationToken cancellationToken)
    {
        var query = psArguments is { Length: > 0 } args ? "?ps_args=" + Escape(args) : "";
        var dto = await _client.GetAsync($"/containers/{Escape(id)}/top{query}", Json.TopDto, "list processes of container", id, cancellationToken).ConfigureAwait(false);
        return TopColumns.Split(dto.Titles ?? [], dto.Processes ?? []);
    }

    /// <summary>
    /// One sample (the engine waits for a second reading so the CPU delta is meaningful) or a sample about every
    /// second until cancelled or the container is removed.
    /// </summary>
    public async IAsyncEnumerable<ContainerStats> StatsAsync(string id, bool stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new EngineRequest(HttpMethod.Get, $"/containers/{Escape(id)}/stats?stream={Flag(stream)}", "read stats of container", id)
        {
            Streaming = true,
            Wait = stream ? EngineWait.Stream : EngineWait.Answer,
        };
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var sample in ReadJsonStreamAsync(body, Json.StatsDto, "read stats of container", id, cancellationToken).ConfigureAwait(false))
        {
            yield return StatsMapper.ToStats(sample, id);
        }
    }

    /// <summary>Newline-delimited JSON from the engine, with a lost connection reported as a runtime error.</summary>
    private static async IAsyncEnumerable<T> ReadJsonStreamAsync<T>(
        Stream body, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string operation, string? resource, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var enumerator = JsonLinesReader.ReadAsync(body, type, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (enumerator.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                    {
                        yield break;
                    }
                }
                catch (Exception e) when (EngineStreams.IsConnectionLoss(e, cancellationToken))
                {
                    throw EngineStreams.Lost(operation, resource, e);
                }

                yield return enumerator.Current;
            }
        }
    }
}
