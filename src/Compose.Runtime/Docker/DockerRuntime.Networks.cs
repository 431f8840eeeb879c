using System.Collections.Immutable;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    public async Task<string> CreateNetworkAsync(NetworkCreateSpec spec, CancellationToken cancellationToken)
    {
        var features = await FeaturesAsync("create network", spec.Name, cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var created = await _client.PostJsonAsync("/networks/create", WireMapper.ToDto(spec, features), Json.NetworkDto, Json.IdResponseDto, "create network", spec.Name, cancellationToken).ConfigureAwait(false);
                return created.Id;
            }
            catch (ContainerRuntimeException e) when (attempt < 3 && IsInterfaceThatVanished(e))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Podman 4.3 picks a free subnet by reading every host interface's addresses; an interface another program removes
    // in between (a container's veth going away) fails the create with "route ip+net: no such network interface",
    // before anything was made. Seen in CI while the Docker pass ran beside the Podman one; a second try succeeds.
    private static bool IsInterfaceThatVanished(ContainerRuntimeException e) =>
        e.EngineMessage.Contains("no such network interface", StringComparison.Ordinal);

    public async Task<NetworkDetails?> InspectNetworkAsync(string idOrName, CancellationToken cancellationToken)
    {
        try
        {
            var dto = await _client.GetAsync($"/networks/{Escape(idOrName)}", Json.NetworkDto, "inspect network", idOrName, cancellationToken).ConfigureAwait(false);
            return WireMapper.ToDetails(dto);
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }

    public async Task<ImmutableArray<NetworkInfo>> ListNetworksAsync(LabelFilter? filter, CancellationToken cancellationToken)
    {
        var networks = await _client.GetAsync($"/networks?{LabelQuery(filter)}", Json.NetworkDtoArray, "list networks", null, cancellationToken).ConfigureAwait(false);
        return [.. networks.Select(WireMapper.ToInfo)];
    }

    public Task RemoveNetworkAsync(string idOrName, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Delete, $"/networks/{Escape(idOrName)}", "remove network", idOrName, cancellationToken);

    public async Task ConnectNetworkAsync(string network, string container, NetworkAttachment attachment, CancellationToken cancellationToken)
    {
        var resource = $"{network} to {container}";
        var features = await FeaturesAsync("connect network", resource, cancellationToken).ConfigureAwait(false);
        var body = new NetworkConnectDto { Container = container, EndpointConfig = EndpointMapper.ToDto(attachment, features) };
        await _client.PostJsonAsync($"/networks/{Escape(network)}/connect", body, Json.NetworkConnectDto, "connect network", resource, cancellationToken).ConfigureAwait(false);
    }

    public async Task DisconnectNetworkAsync(string network, string container, bool force, CancellationToken cancellationToken)
    {
        var body = new NetworkDisconnectDto { Container = container, Force = force };
        await _client.PostJsonAsync($"/networks/{Escape(network)}/disconnect", body, Json.NetworkDisconnectDto, "disconnect network", $"{network} from {container}", cancellationToken).ConfigureAwait(false);
    }
}
