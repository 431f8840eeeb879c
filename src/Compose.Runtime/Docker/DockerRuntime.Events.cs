using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    /// <summary>
    /// Engine events as they happen, filtered by the engine (labels, types), until cancelled (or <see cref="EventFilter.Until"/>).
    /// With <see cref="EventFilter.Since"/> the engine first replays what happened since then. A stream the engine
    /// ends is resubscribed from the last event seen, events already delivered dropped: Podman ends every stream
    /// when its event log rotates (at 1 MB), and any engine does when it restarts. A lost engine is retried for
    /// <see cref="EventReconnection.Budget"/> before its error surfaces (unless <see cref="EventFilter.Resubscribe"/> is
    /// false: then the first end or error is the caller's).
    /// </summary>
    public async IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        var clock = Options.TimeProvider;
        // Podman 4.3's stream without `since` delivered nothing here; from now on is what "live" means anyway.
        var resumption = new EventResumption(filter.Since ?? (_client.IsPodman ? clock.GetUtcNow() : null));
        var reconnection = new EventReconnection(clock);
        while (true)
        {
            var delivered = false;
            Exception? lost = null;
            var stream = OpenEventsAsync(EventQuery(filter with { Since = resumption.Since }), resumption, cancellationToken).GetAsyncEnumerator(cancellationToken);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    try
                    {
                        if (!await stream.MoveNextAsync().ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                    catch (ContainerRuntimeException e) when (IsResumable(e, cancellationToken))
                    {
                        lost = e;
                        break;
                    }

                    delivered = true;
                    if (resumption.Accept(stream.Current) && (filter.Labels is null || MatchesAll(filter.Labels, stream.Current)))
                    {
                        yield return stream.Current;
                    }
                }
            }

            if (filter.Until is { } until && clock.GetUtcNow() >= until)
            {
                yield break;
            }

            if (!filter.Resubscribe)
            {
                if (lost is not null)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(lost);
                }

                yield break;
            }

            await reconnection.WaitAsync(lost, delivered, cancellationToken).ConfigureAwait(false);
        }
    }

    private async IAsyncEnumerable<EngineEvent> OpenEventsAsync(string query, EventResumption? resumption, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new EngineRequest(HttpMethod.Get, $"/events?{query}", "read engine events", null) { Streaming = true, Wait = EngineWait.Stream };
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        resumption?.Opened(response.Headers.Date ?? Options.TimeProvider.GetUtcNow());
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var dto in ReadJsonStreamAsync(body, Json.EventDto, "read engine events", null, cancellationToken).ConfigureAwait(false))
        {
            yield return ToEvent(dto, _client.IsPodman);
        }
    }

    /// <summary>A stream that broke or an engine that is away (restarting): worth resubscribing. An engine's refusal is not.</summary>
    private static bool IsResumable(ContainerRuntimeException e, CancellationToken cancellationToken) =>
        !cancellationToken.IsCancellationRequested
        && (e is RuntimeUnavailableException || e.InnerException is IOException or HttpIOException or HttpRequestException);

    private static string EventQuery(EventFilter filter)
    {
        var filters = new List<KeyValuePair<string, IEnumerable<string>>>();
        if (filter.Labels is { } labels)
        {
            filters.Add(new("label", labels.ToEngineFilters()));
        }

        if (!filter.Types.IsDefaultOrEmpty)
        {
            filters.Add(new("type", filter.Types));
        }

        var query = EngineFilters.Query(filters);
        if (filter.Since is { } since)
        {
            query += "&since=" + EngineTime.ToQuery(since);
        }

        if (filter.Until is { } until)
        {
            query += "&until=" + EngineTime.ToQuery(until);
        }

        return query;
    }

    private static bool MatchesAll(LabelFilter labels, EngineEvent engineEvent) =>
        labels.Labels.All(l => engineEvent.Attribute(l.Key) is { } value && (l.Value is null || value == l.Value));

    private static EngineEvent ToEvent(EventDto dto, bool podman)
    {
        var time = dto.TimeNano > 0 ? EngineTime.FromUnixNanoseconds(dto.TimeNano) : DateTimeOffset.FromUnixTimeSeconds(dto.Time);
        var attributes = dto.Actor?.Attributes?.ToImmutableSortedDictionary(StringComparer.Ordinal) ?? ImmutableSortedDictionary<string, string>.Empty;
        var type = dto.Type ?? "container";
        var action = dto.Action ?? dto.Status ?? "";
        // Podman calls a container's removal "remove" where Docker (and every consumer of these events) says "destroy".
        if (podman && type == "container" && action == "remove")
        {
            action = "destroy";
        }

        return new EngineEvent(type, action, dto.Actor?.ID ?? "", attributes, time);
    }
}
