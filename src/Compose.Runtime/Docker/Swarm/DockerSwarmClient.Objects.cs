using System.Collections.Immutable;
using Compose.Runtime.Docker.Swarm.Wire;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Swarm;

namespace Compose.Runtime.Docker.Swarm;

public sealed partial class DockerSwarmClient
{
    public async Task<ImmutableArray<SwarmObject>> ListObjectsAsync(SwarmObjectKind kind, LabelFilter? filter, CancellationToken cancellationToken) =>
        [.. (await _client.GetAsync($"/{Path(kind)}?{LabelQuery(filter)}", Json.SwarmObjectDtoArray, $"list {Path(kind)}", null, cancellationToken).ConfigureAwait(false))
            .Select(ToObject)];

    public async Task<string> CreateObjectAsync(SwarmObjectKind kind, SwarmObjectSpec spec, CancellationToken cancellationToken)
    {
        var body = new SwarmObjectSpecDto
        {
            Name = spec.Name,
            Labels = new Dictionary<string, string>(spec.Labels, StringComparer.Ordinal),
            Data = spec.Driver is null ? [.. spec.Data] : null,
            Driver = kind == SwarmObjectKind.Secret && spec.Driver is { } driver ? new DriverDto { Name = driver, Options = SwarmMaps.ToWire(spec.DriverOptions) } : null,
            Templating = spec.TemplateDriver is { } template ? new DriverDto { Name = template } : null,
        };
        var created = await _client.PostJsonAsync($"/{Path(kind)}/create", body, Json.SwarmObjectSpecDto, Json.IdDto, $"create {Singular(kind)}", spec.Name, cancellationToken).ConfigureAwait(false);
        return created.ID;
    }

    public Task RemoveObjectAsync(SwarmObjectKind kind, string idOrName, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Delete, $"/{Path(kind)}/{Escape(idOrName)}", $"remove {Singular(kind)}", idOrName, cancellationToken);

    private async Task<ImmutableArray<SwarmObject>> ListObjectsByNameAsync(SwarmObjectKind kind, IReadOnlyCollection<string> names, CancellationToken cancellationToken)
    {
        // The engine's name filter matches prefixes: keep exact names only.
        var found = await _client.GetAsync($"/{Path(kind)}?{EngineFilters.Query("name", names)}", Json.SwarmObjectDtoArray, $"list {Path(kind)}", null, cancellationToken).ConfigureAwait(false);
        return [.. found.Where(o => names.Contains(o.Spec.Name)).Select(ToObject)];
    }

    private static SwarmObject ToObject(SwarmObjectDto dto) => new()
    {
        Id = dto.ID,
        Name = dto.Spec.Name,
        Labels = SwarmMaps.FromWire(dto.Spec.Labels),
        CreatedAt = dto.CreatedAt,
    };

    private static string Path(SwarmObjectKind kind) => kind == SwarmObjectKind.Secret ? "secrets" : "configs";

    private static string Singular(SwarmObjectKind kind) => kind == SwarmObjectKind.Secret ? "secret" : "config";
}
