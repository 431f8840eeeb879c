using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    public async Task<EngineInfo> GetEngineInfoAsync(CancellationToken cancellationToken)
    {
        var version = await _client.GetAsync("/version", Json.VersionDto, "read engine version", null, cancellationToken).ConfigureAwait(false);
        var api = await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        return new EngineInfo(EngineName(version), version.Version ?? "", api, version.Os ?? "", version.Arch ?? "");
    }

    /// <summary>Docker names itself in <c>Platform.Name</c> (empty on Debian's build); Podman in its engine component.</summary>
    private string EngineName(VersionDto version)
    {
        var podman = version.Components?.FirstOrDefault(c => c.Name?.Contains("Podman", StringComparison.OrdinalIgnoreCase) == true);
        if (podman?.Name is { } podmanName)
        {
            return podmanName;
        }

        if (_client.IsPodman)
        {
            return "Podman Engine";
        }

        return string.IsNullOrWhiteSpace(version.Platform?.Name) ? "Docker Engine" : version.Platform.Name;
    }

    /// <summary>
    /// Engine events as they happen, filtered by the engine (labels, types). With <see cref="EventFilter.Since"/>
    /// the engine first replays what happened since then, so a consumer that lost its stream resumes from the
    /// time of the last event it saw without missing one.
    /// </summary>
    public async IAsyncEnumerable<EngineEvent> EventsAsync(EventFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var request = new EngineRequest(HttpMethod.Get, $"/events?{EventQuery(filter)}", "read engine events", null) { Streaming = true };
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var dto in ReadJsonStreamAsync(body, Json.EventDto, "read engine events", null, cancellationToken).ConfigureAwait(false))
        {
            yield return ToEvent(dto);
        }
    }

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

    private static EngineEvent ToEvent(EventDto dto)
    {
        var time = dto.TimeNano > 0 ? EngineTime.FromUnixNanoseconds(dto.TimeNano) : DateTimeOffset.FromUnixTimeSeconds(dto.Time);
        var attributes = dto.Actor?.Attributes?.ToImmutableSortedDictionary(StringComparer.Ordinal) ?? ImmutableSortedDictionary<string, string>.Empty;
        return new EngineEvent(dto.Type ?? "container", dto.Action ?? dto.Status ?? "", dto.Actor?.ID ?? "", attributes, time);
    }
}
