using System.Collections.Immutable;
using Compose.Runtime.Docker.Configuration;
using Compose.Runtime.Docker.Swarm.Wire;
using Compose.Runtime.Swarm;

namespace Compose.Runtime.Docker.Swarm;

/// <summary>
/// <see cref="ISwarmClient"/> over the Docker Engine's Swarm API, on the same transport, error mapping and
/// registry credentials as <see cref="DockerRuntime"/>. One file per resource; wire types stay internal.
/// </summary>
public sealed partial class DockerSwarmClient : ISwarmClient
{
    private const string RegistryAuthHeader = "X-Registry-Auth";
    private static readonly SwarmJsonContext Json = SwarmJsonContext.Default;
    private readonly DockerEngineClient _client;
    private readonly Lazy<RegistryCredentials> _credentials;
    private readonly bool _sendRegistryAuth;

    /// <param name="sendRegistryAuth">
    /// Send the docker CLI configuration's credentials for a service's image with its spec, which the swarm stores and
    /// hands to the nodes so they can pull private images (docker stack deploy's <c>--with-registry-auth</c>); off by
    /// default, as there, since the credentials then live in the swarm.
    /// </param>
    public DockerSwarmClient(DockerClientOptions options, bool sendRegistryAuth = false)
    {
        _sendRegistryAuth = sendRegistryAuth;
        _client = new DockerEngineClient(options.Endpoint, options.RequestTimeout);
        _credentials = new Lazy<RegistryCredentials>(
            () => new RegistryCredentials(DockerConfigFile.Load(options.ConfigDirectory), new CredentialHelperRunner()),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string EndpointDescription => _client.EndpointDescription;

    public async Task<SwarmState> GetStateAsync(CancellationToken cancellationToken)
    {
        var info = await _client.GetAsync("/info", Json.SwarmInfoDto, "read swarm state", null, cancellationToken).ConfigureAwait(false);
        var swarm = info.Swarm;
        return new SwarmState
        {
            LocalNodeState = string.IsNullOrEmpty(swarm?.LocalNodeState) ? "inactive" : swarm.LocalNodeState,
            ControlAvailable = swarm?.ControlAvailable ?? false,
            NodeId = string.IsNullOrEmpty(swarm?.NodeID) ? null : swarm.NodeID,
            NodeAddress = string.IsNullOrEmpty(swarm?.NodeAddr) ? null : swarm.NodeAddr,
            Nodes = swarm?.Nodes ?? 0,
            Managers = swarm?.Managers ?? 0,
            Error = string.IsNullOrEmpty(swarm?.Error) ? null : swarm.Error,
        };
    }

    public async Task<ImmutableArray<SwarmNode>> ListNodesAsync(CancellationToken cancellationToken)
    {
        var nodes = await _client.GetAsync("/nodes", Json.NodeDtoArray, "list swarm nodes", null, cancellationToken).ConfigureAwait(false);
        return [.. nodes.Select(n => new SwarmNode
        {
            Id = n.ID,
            Hostname = n.Description?.Hostname ?? n.ID,
            Role = n.Spec?.Role ?? "worker",
            Availability = n.Spec?.Availability ?? "active",
            State = n.Status?.State ?? "unknown",
            Address = n.Status?.Addr,
            Leader = n.ManagerStatus?.Leader ?? false,
            Labels = SwarmMaps.FromWire(n.Spec?.Labels),
        })];
    }

    public async Task<string?> ResolveDigestAsync(string image, CancellationToken cancellationToken)
    {
        var reference = ImageReference.Parse(image);
        var auth = await _credentials.Value.HeaderForAsync(reference.Registry, cancellationToken).ConfigureAwait(false);
        var request = new EngineRequest(HttpMethod.Get, $"/distribution/{image}/json", "resolve image", image) { Headers = [new(RegistryAuthHeader, auth)] };
        try
        {
            using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return System.Text.Json.JsonSerializer.Deserialize(body, Json.DistributionDto)?.Descriptor?.digest;
        }
        catch (Errors.ContainerRuntimeException e) when (e is not Errors.RuntimeUnavailableException)
        {
            // Not in any registry the manager can reach (or not allowed): nodes then use their local copies.
            return null;
        }
    }

    /// <summary>The <c>X-Registry-Auth</c> header of a service write: the image's credentials when asked to send them, else none.</summary>
    private async Task<IReadOnlyList<KeyValuePair<string, string>>> AuthHeadersAsync(string image, CancellationToken cancellationToken) =>
        _sendRegistryAuth
            ? [new(RegistryAuthHeader, await _credentials.Value.HeaderForAsync(ImageReference.Parse(image).Registry, cancellationToken).ConfigureAwait(false))]
            : [];

    private async Task<ApiFeatures> FeaturesAsync(string operation, string? resource, CancellationToken cancellationToken) =>
        new(await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false), operation, resource);

    private static string Escape(string value) => Uri.EscapeDataString(value);

    private static string LabelQuery(LabelFilter? filter) =>
        filter is null ? "" : EngineFilters.Query("label", filter.ToEngineFilters());

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
