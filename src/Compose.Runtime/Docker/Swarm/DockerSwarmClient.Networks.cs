using System.Collections.Immutable;
using Compose.Runtime.Swarm;

namespace Compose.Runtime.Docker.Swarm;

public sealed partial class DockerSwarmClient
{
    public async Task<ImmutableArray<SwarmNetwork>> ListNetworksAsync(LabelFilter? filter, CancellationToken cancellationToken) =>
        [.. (await _client.GetAsync($"/networks?{LabelQuery(filter)}", Json.SwarmNetworkDtoArray, "list networks", null, cancellationToken).ConfigureAwait(false))
            .Select(n => new SwarmNetwork
            {
                Id = n.Id,
                Name = n.Name,
                Driver = n.Driver ?? "",
                Scope = n.Scope ?? "",
                Attachable = n.Attachable,
                Internal = n.Internal,
                Ingress = n.Ingress,
                Labels = SwarmMaps.FromWire(n.Labels),
                Options = SwarmMaps.FromWire(n.Options),
            })];

    /// <summary>The same call as a local network's create, answered by the manager with a swarm-scoped network.</summary>
    public async Task<string> CreateNetworkAsync(NetworkCreateSpec spec, CancellationToken cancellationToken)
    {
        var features = await FeaturesAsync("create network", spec.Name, cancellationToken).ConfigureAwait(false);
        var created = await _client.PostJsonAsync("/networks/create", WireMapper.ToDto(spec, features), Docker.Wire.DockerJsonContext.Default.NetworkDto,
            Docker.Wire.DockerJsonContext.Default.IdResponseDto, "create network", spec.Name, cancellationToken).ConfigureAwait(false);
        return created.Id;
    }

    public Task RemoveNetworkAsync(string idOrName, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Delete, $"/networks/{Escape(idOrName)}", "remove network", idOrName, cancellationToken);
}
