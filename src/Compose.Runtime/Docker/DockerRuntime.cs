using System.Globalization;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

/// <summary><see cref="IContainerRuntime"/> over the Docker Engine API (also served by Podman).</summary>
public sealed class DockerRuntime : IContainerRuntime
{
    private static readonly DockerJsonContext Json = DockerJsonContext.Default;
    private readonly DockerEngineClient _client;

    public DockerRuntime(DockerEndpoint endpoint)
    {
        Endpoint = endpoint;
        _client = new DockerEngineClient(endpoint);
    }

    public DockerEndpoint Endpoint { get; }

    /// <summary>The negotiated API version, once the first request has been made.</summary>
    public Version? ApiVersion => _client.ApiVersion;

    public async Task<RuntimeSnapshot> SnapshotAsync(LabelFilter labelFilter, CancellationToken cancellationToken)
    {
        var filter = EngineFilters.Query("label", labelFilter.ToEngineFilters());
        // Three independent list calls, issued at once: the snapshot costs one round trip of wall time.
        var containers = _client.GetAsync($"/containers/json?all=1&{filter}", Json.ContainerSummaryDtoArray, "list containers", null, cancellationToken);
        var networks = _client.GetAsync($"/networks?{filter}", Json.NetworkDtoArray, "list networks", null, cancellationToken);
        var volumes = _client.GetAsync($"/volumes?{filter}", Json.VolumeListDto, "list volumes", null, cancellationToken);
        await Task.WhenAll(containers, networks, volumes).ConfigureAwait(false);
        return new RuntimeSnapshot(
            [.. (await containers.ConfigureAwait(false)).Select(WireMapper.ToInfo)],
            [.. (await networks.ConfigureAwait(false)).Select(WireMapper.ToInfo)],
            [.. ((await volumes.ConfigureAwait(false)).Volumes ?? []).Select(WireMapper.ToInfo)]);
    }

    public async Task<ImageInfo?> InspectImageAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            var dto = await _client.GetAsync($"/images/{Uri.EscapeDataString(reference)}/json", Json.ImageInspectDto, "inspect image", reference, cancellationToken).ConfigureAwait(false);
            return WireMapper.ToInfo(dto);
        }
        catch (ContainerRuntimeException e) when (e is ResourceNotFoundException or ImageNotFoundException)
        {
            return null;
        }
    }

    public async Task<string> CreateNetworkAsync(NetworkCreateSpec spec, CancellationToken cancellationToken)
    {
        var created = await _client.PostJsonAsync("/networks/create", WireMapper.ToDto(spec), Json.NetworkDto, Json.IdResponseDto, "create network", spec.Name, cancellationToken).ConfigureAwait(false);
        return created.Id;
    }

    public Task RemoveNetworkAsync(string idOrName, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Delete, $"/networks/{Uri.EscapeDataString(idOrName)}", "remove network", idOrName, cancellationToken);

    public async Task<string> CreateVolumeAsync(VolumeCreateSpec spec, CancellationToken cancellationToken)
    {
        var created = await _client.PostJsonAsync("/volumes/create", WireMapper.ToDto(spec), Json.VolumeDto, Json.VolumeDto, "create volume", spec.Name, cancellationToken).ConfigureAwait(false);
        return created.Name;
    }

    public Task RemoveVolumeAsync(string name, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Delete, $"/volumes/{Uri.EscapeDataString(name)}", "remove volume", name, cancellationToken);

    public async Task<string> CreateContainerAsync(ContainerCreateSpec spec, CancellationToken cancellationToken)
    {
        var path = $"/containers/create?name={Uri.EscapeDataString(spec.Name)}";
        var created = await _client.PostJsonAsync(path, ContainerSpecMapper.ToDto(spec), Json.ContainerCreateDto, Json.IdResponseDto, "create container", spec.Name, cancellationToken).ConfigureAwait(false);
        // API 1.41 takes one network at creation; the others are connected before the container starts.
        foreach (var attachment in spec.Networks.Skip(1))
        {
            await ConnectNetworkAsync(attachment, created.Id, spec.Name, cancellationToken).ConfigureAwait(false);
        }

        return created.Id;
    }

    private async Task ConnectNetworkAsync(NetworkAttachment attachment, string containerId, string containerName, CancellationToken cancellationToken)
    {
        var body = new NetworkConnectDto { Container = containerId, EndpointConfig = EndpointMapper.ToDto(attachment) };
        using var content = new ByteArrayContent(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body, Json.NetworkConnectDto));
        content.Headers.ContentType = new("application/json");
        using var response = await _client.SendAsync(
            HttpMethod.Post, $"/networks/{Uri.EscapeDataString(attachment.NetworkName)}/connect", content,
            "connect network", $"{attachment.NetworkName} to {containerName}", cancellationToken).ConfigureAwait(false);
    }

    public Task StartContainerAsync(string id, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Post, $"/containers/{id}/start", "start container", id, cancellationToken);

    public Task StopContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var query = timeout is { } t ? $"?t={((int)Math.Ceiling(t.TotalSeconds)).ToString(CultureInfo.InvariantCulture)}" : "";
        return _client.SendNoContentAsync(HttpMethod.Post, $"/containers/{id}/stop{query}", "stop container", id, cancellationToken);
    }

    public Task RemoveContainerAsync(string id, ContainerRemoveOptions options, CancellationToken cancellationToken)
    {
        var query = $"?force={Flag(options.Force)}&v={Flag(options.RemoveAnonymousVolumes)}";
        return _client.SendNoContentAsync(HttpMethod.Delete, $"/containers/{id}{query}", "remove container", id, cancellationToken);
    }

    public async Task<ContainerDetails> InspectContainerAsync(string id, CancellationToken cancellationToken)
    {
        var dto = await _client.GetAsync($"/containers/{Uri.EscapeDataString(id)}/json", Json.ContainerInspectDto, "inspect container", id, cancellationToken).ConfigureAwait(false);
        return WireMapper.ToDetails(dto);
    }

    private static string Flag(bool value) => value ? "1" : "0";

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
