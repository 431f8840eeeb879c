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

    /// <summary>
    /// The same driver serves Docker and Podman; which one answers (and its API version) is known after the first
    /// request, which negotiates both.
    /// </summary>
    public async Task<RuntimeCapabilities> GetCapabilitiesAsync(CancellationToken cancellationToken)
    {
        var api = await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        return RuntimeCapabilities.Docker with
        {
            Driver = _client.IsPodman ? "podman" : "docker",
            NetworksAtCreate = api >= ApiFeatures.MultipleNetworksAtCreate,
        };
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
            var engineEvent = ToEvent(dto, _client.IsPodman);
            // Podman 4.3 matches any one of several label filters, Docker all of them: check here so both mean "all".
            if (filter.Labels is null || MatchesAll(filter.Labels, engineEvent))
            {
                yield return engineEvent;
            }
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
