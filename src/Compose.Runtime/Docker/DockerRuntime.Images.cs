using System.Collections.Immutable;
using Compose.Runtime.Docker.Configuration;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    public async Task<ImageInfo?> InspectImageAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            var dto = await _client.GetAsync($"/images/{Escape(reference)}/json", Json.ImageInspectDto, "inspect image", reference, cancellationToken).ConfigureAwait(false);
            return WireMapper.ToInfo(dto);
        }
        catch (ContainerRuntimeException e) when (e is ResourceNotFoundException or ImageNotFoundException)
        {
            return null;
        }
    }

    public async Task<ImmutableArray<ImageInfo>> ListImagesAsync(ImageListFilter filter, CancellationToken cancellationToken)
    {
        var filters = new List<KeyValuePair<string, IEnumerable<string>>>();
        if (filter.Labels is { } labels)
        {
            filters.Add(new("label", labels.ToEngineFilters()));
        }

        if (filter.Reference is { } reference)
        {
            filters.Add(new("reference", [reference]));
        }

        var path = $"/images/json?all={Flag(filter.All)}&{EngineFilters.Query(filters)}";
        var images = await _client.GetAsync(path, Json.ImageSummaryDtoArray, "list images", null, cancellationToken).ConfigureAwait(false);
        return [.. images.Select(WireMapper.ToInfo)];
    }

    public Task TagImageAsync(string source, string target, CancellationToken cancellationToken)
    {
        var reference = ImageReference.Parse(target);
        var path = $"/images/{Escape(source)}/tag?repo={Escape(reference.Name)}&tag={Escape(reference.Tag ?? "latest")}";
        return _client.SendNoContentAsync(HttpMethod.Post, path, "tag image", $"{source} as {target}", cancellationToken);
    }

    public async Task<ImmutableArray<string>> RemoveImageAsync(string reference, bool force, CancellationToken cancellationToken)
    {
        var path = $"/images/{Escape(reference)}?force={Flag(force)}";
        var request = new EngineRequest(HttpMethod.Delete, path, "remove image", reference);
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var items = await System.Text.Json.JsonSerializer.DeserializeAsync(body, Json.ImageDeleteItemDtoArray, cancellationToken).ConfigureAwait(false) ?? [];
        return [.. items.Select(i => i.Untagged ?? i.Deleted).OfType<string>()];
    }
}
