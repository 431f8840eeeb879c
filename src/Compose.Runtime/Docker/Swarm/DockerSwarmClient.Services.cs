using System.Collections.Immutable;
using Compose.Runtime.Docker.Swarm.Wire;
using Compose.Runtime.Errors;
using Compose.Runtime.Swarm;

namespace Compose.Runtime.Docker.Swarm;

public sealed partial class DockerSwarmClient
{
    public async Task<ImmutableArray<SwarmService>> ListServicesAsync(LabelFilter filter, CancellationToken cancellationToken)
    {
        // Two independent calls at once: the services, and the networks their attachments name by id.
        var services = _client.GetAsync($"/services?status=true&{LabelQuery(filter)}", Json.ServiceDtoArray, "list services", null, cancellationToken);
        var names = NetworkNamesAsync(cancellationToken);
        await Task.WhenAll(services, names).ConfigureAwait(false);
        var networkNames = await names.ConfigureAwait(false);
        return [.. (await services.ConfigureAwait(false)).Select(s => ToService(s, networkNames)).OrderBy(s => s.Spec.Name, StringComparer.Ordinal)];
    }

    public async Task<SwarmService?> InspectServiceAsync(string idOrName, CancellationToken cancellationToken)
    {
        var dto = await InspectDtoAsync(idOrName, cancellationToken).ConfigureAwait(false);
        return dto is null ? null : ToService(dto, await NetworkNamesAsync(cancellationToken).ConfigureAwait(false));
    }

    public async Task<SwarmWriteResult> CreateServiceAsync(SwarmServiceSpec spec, CancellationToken cancellationToken)
    {
        var body = await ToWireAsync(spec, "create service", cancellationToken).ConfigureAwait(false);
        var request = new EngineRequest(HttpMethod.Post, "/services/create", "create service", spec.Name)
        {
            Content = DockerEngineClient.JsonContent(body, Json.ServiceSpecDto),
            Headers = await AuthHeadersAsync(spec.Container.Image, cancellationToken).ConfigureAwait(false),
        };
        var answer = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return new SwarmWriteResult(answer.ID ?? "", [.. answer.Warnings ?? []]);
    }

    public async Task<SwarmWriteResult> UpdateServiceAsync(string id, ulong version, SwarmServiceSpec spec, CancellationToken cancellationToken)
    {
        var body = await ToWireAsync(spec, "update service", cancellationToken).ConfigureAwait(false);
        var request = new EngineRequest(HttpMethod.Post, $"/services/{Escape(id)}/update?version={version}", "update service", spec.Name)
        {
            Content = DockerEngineClient.JsonContent(body, Json.ServiceSpecDto),
            Headers = await AuthHeadersAsync(spec.Container.Image, cancellationToken).ConfigureAwait(false),
        };
        var answer = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return new SwarmWriteResult(id, [.. answer.Warnings ?? []]);
    }

    /// <summary>The engine ignores the body of a rollback but wants one: the service's current spec, as the docker CLI sends.</summary>
    public async Task<SwarmWriteResult> RollbackServiceAsync(string id, ulong version, CancellationToken cancellationToken)
    {
        var current = await InspectDtoAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new ResourceNotFoundException("roll back service", id, "no such service");
        var request = new EngineRequest(HttpMethod.Post, $"/services/{Escape(id)}/update?version={version}&rollback=previous", "roll back service", current.Spec.Name ?? id)
        {
            Content = DockerEngineClient.JsonContent(current.Spec, Json.ServiceSpecDto),
        };
        var answer = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return new SwarmWriteResult(id, [.. answer.Warnings ?? []]);
    }

    public Task RemoveServiceAsync(string id, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Delete, $"/services/{Escape(id)}", "remove service", id, cancellationToken);

    private async Task<ServiceWriteResponseDto> SendAsync(EngineRequest request, CancellationToken cancellationToken)
    {
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return body.Length == 0 ? new ServiceWriteResponseDto() : System.Text.Json.JsonSerializer.Deserialize(body, Json.ServiceWriteResponseDto) ?? new ServiceWriteResponseDto();
    }

    private async Task<ServiceDto?> InspectDtoAsync(string idOrName, CancellationToken cancellationToken)
    {
        try
        {
            return await _client.GetAsync($"/services/{Escape(idOrName)}", Json.ServiceDto, "inspect service", idOrName, cancellationToken).ConfigureAwait(false);
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The wire spec, with the ids of the secrets and configs it names looked up in one call per kind.</summary>
    private async Task<ServiceSpecDto> ToWireAsync(SwarmServiceSpec spec, string operation, CancellationToken cancellationToken)
    {
        var features = await FeaturesAsync(operation, spec.Name, cancellationToken).ConfigureAwait(false);
        var ids = new Dictionary<(SwarmObjectKind, string), string>();
        foreach (var (kind, names) in new[] { (SwarmObjectKind.Secret, spec.Container.Secrets), (SwarmObjectKind.Config, spec.Container.Configs) })
        {
            if (names.IsDefaultOrEmpty)
            {
                continue;
            }

            foreach (var found in await ListObjectsByNameAsync(kind, [.. names.Select(n => n.ObjectName)], cancellationToken).ConfigureAwait(false))
            {
                ids[(kind, found.Name)] = found.Id;
            }
        }

        return SwarmSpecMapper.ToWire(spec, new SwarmObjectIds(ids, spec.Name), features);
    }

    private async Task<IReadOnlyDictionary<string, string>> NetworkNamesAsync(CancellationToken cancellationToken)
    {
        var networks = await _client.GetAsync("/networks", Json.SwarmNetworkDtoArray, "list networks", null, cancellationToken).ConfigureAwait(false);
        return networks.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);
    }

    private static SwarmService ToService(ServiceDto dto, IReadOnlyDictionary<string, string> networkNames) => new()
    {
        Id = dto.ID,
        Version = dto.Version?.Index ?? 0,
        Spec = SwarmSpecMapper.FromWire(dto.Spec, networkNames),
        PreviousSpec = dto.PreviousSpec is { } previous ? SwarmSpecMapper.FromWire(previous, networkNames) : null,
        UpdateStatus = dto.UpdateStatus is { State: { Length: > 0 } state } update
            ? new SwarmUpdateStatus(state, string.IsNullOrEmpty(update.Message) ? null : update.Message) { StartedAt = update.StartedAt, CompletedAt = update.CompletedAt }
            : null,
        RunningTasks = dto.ServiceStatus is { } status ? (int)status.RunningTasks : null,
        DesiredTasks = dto.ServiceStatus is { } desired ? (int)desired.DesiredTasks : null,
        Ports = dto.Endpoint?.Ports is { } ports ? [.. ports.Select(SwarmSpecMapper.PortFromWire)] : [],
        CreatedAt = dto.CreatedAt,
        UpdatedAt = dto.UpdatedAt,
    };
}
