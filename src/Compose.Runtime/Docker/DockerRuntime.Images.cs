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
}
