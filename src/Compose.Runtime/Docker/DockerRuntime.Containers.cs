using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Compose.Runtime.Docker.Streams;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    public async Task<string> CreateContainerAsync(ContainerCreateSpec spec, CancellationToken cancellationToken)
    {
        var features = await FeaturesAsync("create container", spec.Name, cancellationToken).ConfigureAwait(false);
        var body = ContainerSpecMapper.ToDto(spec, features);
        var path = $"/containers/create?name={Escape(spec.Name)}" + (spec.Platform is { } platform ? $"&platform={Escape(platform)}" : "");
        var created = await _client.PostJsonAsync(path, body, Json.ContainerCreateDto, Json.IdResponseDto, "create container", spec.Name, cancellationToken).ConfigureAwait(false);
        await ConnectRemainingNetworksAsync(spec, created.Id, features, cancellationToken).ConfigureAwait(false);
        return created.Id;
    }

    /// <summary>
    /// Engines before API 1.44 take one network at creation; the others are connected before the container first
    /// starts. If that fails the container is removed: a half-connected container would look converged to the
    /// next <c>up</c> and never get its missing network.
    /// </summary>
    private async Task ConnectRemainingNetworksAsync(ContainerCreateSpec spec, string id, ApiFeatures features, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var attachment in NetworkingMapper.ConnectedAfterCreate(spec, features))
            {
                await ConnectNetworkAsync(attachment.NetworkName, id, attachment, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is ContainerRuntimeException or OperationCanceledException)
        {
            await RemoveContainerAsync(id, new ContainerRemoveOptions(Force: true, RemoveAnonymousVolumes: true), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    public async Task<ImmutableArray<ContainerInfo>> ListContainersAsync(LabelFilter filter, bool all, CancellationToken cancellationToken)
    {
        // The list first: it is the request that meets the engine (and learns whether it is Podman), so a failure is
        // named "list containers".
        var containers = await ListCompatibleAsync(filter, all, cancellationToken).ConfigureAwait(false);
        if (!_client.IsPodman)
        {
            return containers;
        }

        // Podman's Docker-compatible list says "Up 4 seconds" of a healthy container where Docker says "Up 4 seconds
        // (healthy)", so ps would show no health; its own list has the health status.
        var health = await _client.GetAsync($"/libpod/containers/json?{ListQuery(filter, all)}", Json.PodmanContainerSummaryDtoArray, "list containers", null, cancellationToken).ConfigureAwait(false);
        var statuses = health.Where(c => c.Status is { Length: > 0 }).ToDictionary(c => c.Id, c => c.Status!, StringComparer.Ordinal);
        return [.. containers.Select(info => statuses.TryGetValue(info.Id, out var status) ? info with { Status = WireMapper.WithHealth(info.Status, status) } : info)];
    }

    /// <summary>
    /// The Docker-compatible list alone: what the snapshot behind every plan reads, which needs no health (on Podman
    /// that would be a second request per pass for nothing).
    /// </summary>
    private async Task<ImmutableArray<ContainerInfo>> ListCompatibleAsync(LabelFilter filter, bool all, CancellationToken cancellationToken)
    {
        var containers = await _client.GetAsync($"/containers/json?{ListQuery(filter, all)}", Json.ContainerSummaryDtoArray, "list containers", null, cancellationToken).ConfigureAwait(false);
        return [.. containers.Select(WireMapper.ToInfo)];
    }

    private static string ListQuery(LabelFilter filter, bool all) => $"all={Flag(all)}&{LabelQuery(filter)}";

    public async Task<ContainerDetails> InspectContainerAsync(string idOrName, CancellationToken cancellationToken)
    {
        var dto = await _client.GetAsync($"/containers/{Escape(idOrName)}/json", Json.ContainerInspectDto, "inspect container", idOrName, cancellationToken).ConfigureAwait(false);
        return WireMapper.ToDetails(dto);
    }

    public Task StartContainerAsync(string id, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Post, $"/containers/{Escape(id)}/start", "start container", id, cancellationToken);

    public async Task StopContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        if (_client.IsPodman)
        {
            await StopByKillAsync(id, timeout, cancellationToken).ConfigureAwait(false);
            return;
        }

        await _client.SendNoContentAsync(StopRequest(id, "stop", timeout), cancellationToken).ConfigureAwait(false);
    }

    public Task RestartContainerAsync(string id, TimeSpan? timeout, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(StopRequest(id, "restart", timeout), cancellationToken);

    /// <summary>A stop or restart, which may take the grace period before the engine answers (then the usual limit).</summary>
    private static EngineRequest StopRequest(string id, string verb, TimeSpan? timeout) =>
        new(HttpMethod.Post, $"/containers/{Escape(id)}/{verb}{TimeoutQuery(timeout)}", $"{verb} container", id) { Wait = EngineWait.ForStop(timeout) };

    public Task KillContainerAsync(string id, string? signal, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Post, $"/containers/{Escape(id)}/kill?signal={Escape(signal ?? "SIGKILL")}", "kill container", id, cancellationToken);

    public Task PauseContainerAsync(string id, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Post, $"/containers/{Escape(id)}/pause", "pause container", id, cancellationToken);

    public Task UnpauseContainerAsync(string id, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Post, $"/containers/{Escape(id)}/unpause", "unpause container", id, cancellationToken);

    public Task RenameContainerAsync(string id, string newName, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Post, $"/containers/{Escape(id)}/rename?name={Escape(newName)}", "rename container", id, cancellationToken);

    public Task RemoveContainerAsync(string id, ContainerRemoveOptions options, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Delete, $"/containers/{Escape(id)}?force={Flag(options.Force)}&v={Flag(options.RemoveAnonymousVolumes)}", "remove container", id, cancellationToken);

    public async Task<ContainerExit> WaitContainerAsync(string id, WaitCondition condition, CancellationToken cancellationToken)
    {
        var engineCondition = condition switch
        {
            WaitCondition.NextExit => "next-exit",
            WaitCondition.Removed => "removed",
            _ => "not-running",
        };
        var request = new EngineRequest(HttpMethod.Post, $"/containers/{Escape(id)}/wait?condition={engineCondition}", "wait for container", id) { Streaming = true, Wait = EngineWait.Stream };
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        WaitResponseDto? result;
        try
        {
            result = await JsonSerializer.DeserializeAsync(body, Json.WaitResponseDto, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (EngineStreams.IsConnectionLoss(e, cancellationToken))
        {
            throw EngineStreams.Lost(request.Operation, id, e);
        }

        if (result is null)
        {
            throw new InvalidOperationException($"the engine's answer to waiting for {id} was empty");
        }

        return new ContainerExit(result.StatusCode, result.Error?.Message);
    }

    public Task ResizeContainerTtyAsync(string id, int width, int height, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Post, $"/containers/{Escape(id)}/resize?h={height}&w={width}", "resize container tty", id, cancellationToken);

    private static string TimeoutQuery(TimeSpan? timeout) =>
        timeout is { } t ? "?t=" + ((int)Math.Ceiling(t.TotalSeconds)).ToString(CultureInfo.InvariantCulture) : "";
}
