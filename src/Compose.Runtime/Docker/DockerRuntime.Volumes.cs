using System.Collections.Immutable;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    public async Task<string> CreateVolumeAsync(VolumeCreateSpec spec, CancellationToken cancellationToken)
    {
        var created = await _client.PostJsonAsync("/volumes/create", WireMapper.ToDto(spec), Json.VolumeDto, Json.VolumeDto, "create volume", spec.Name, cancellationToken).ConfigureAwait(false);
        return created.Name;
    }

    public async Task<VolumeInfo?> InspectVolumeAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            return WireMapper.ToInfo(await _client.GetAsync($"/volumes/{Escape(name)}", Json.VolumeDto, "inspect volume", name, cancellationToken).ConfigureAwait(false));
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }

    public async Task<ImmutableArray<VolumeInfo>> ListVolumesAsync(LabelFilter? filter, CancellationToken cancellationToken)
    {
        var list = await _client.GetAsync($"/volumes?{LabelQuery(filter)}", Json.VolumeListDto, "list volumes", null, cancellationToken).ConfigureAwait(false);
        return [.. (list.Volumes ?? []).Select(WireMapper.ToInfo)];
    }

    public Task RemoveVolumeAsync(string name, bool force, CancellationToken cancellationToken) =>
        _client.SendNoContentAsync(HttpMethod.Delete, $"/volumes/{Escape(name)}?force={Flag(force)}", "remove volume", name, cancellationToken);
}
