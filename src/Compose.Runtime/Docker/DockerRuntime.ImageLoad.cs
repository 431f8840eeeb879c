using System.Collections.Immutable;
using System.Net.Http.Headers;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    /// <summary>
    /// <c>POST /images/load</c> with the archive streamed as the body (never held in memory). The engine reports what
    /// it loaded as text (<see cref="LoadOutput"/>); each name is then inspected for its id, so both engines give the
    /// same records. A refused archive is an <see cref="ImageArchiveException"/>: Docker says so inside a 200 stream,
    /// Podman with a 500 "failed to load image" whose first line is the reason (the rest lists each format it tried).
    /// </summary>
    public async Task<ImmutableArray<LoadedImage>> LoadImageAsync(Stream archive, string source, CancellationToken cancellationToken)
    {
        var content = new StreamContent(archive, 64 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        var request = new EngineRequest(HttpMethod.Post, "/images/load?quiet=1", "load image", source) { Content = content, Streaming = true };
        var text = new System.Text.StringBuilder();
        try
        {
            using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await foreach (var message in ReadJsonStreamAsync(body, Json.JsonMessageDto, "load image", source, cancellationToken).ConfigureAwait(false))
            {
                var failure = string.IsNullOrEmpty(message.ErrorDetail?.Message) ? message.Error : message.ErrorDetail.Message;
                if (!string.IsNullOrEmpty(failure))
                {
                    throw new ImageArchiveException(source, failure.Trim());
                }

                text.Append(message.Stream).Append('\n');
            }
        }
        catch (ContainerRuntimeException e) when (e.GetType() == typeof(ContainerRuntimeException) && e.EngineMessage.StartsWith(PodmanLoadFailure, StringComparison.Ordinal))
        {
            throw new ImageArchiveException(source, e.EngineMessage[PodmanLoadFailure.Length..].Split('\n')[0].TrimEnd(':', ' '), e);
        }

        return await IdentifyAsync(LoadOutput.Parse(text.ToString()), source, cancellationToken).ConfigureAwait(false);
    }

    private const string PodmanLoadFailure = "failed to load image: ";

    /// <summary>Groups the reported names by the image they now name (in the engine's order); a reported id stands alone.</summary>
    private async Task<ImmutableArray<LoadedImage>> IdentifyAsync(ImmutableArray<string> loaded, string source, CancellationToken cancellationToken)
    {
        var images = new List<(string Id, List<string> Names)>();
        foreach (var item in loaded)
        {
            var id = LoadOutput.IsId(item) ? item
                : (await InspectImageAsync(item, cancellationToken).ConfigureAwait(false))?.Id
                    ?? throw new ContainerRuntimeException("load image", source, $"the engine reported loading {item}, but has no such image");
            var entry = images.FindIndex(i => i.Id == id);
            if (entry < 0)
            {
                images.Add((id, []));
                entry = images.Count - 1;
            }

            if (!LoadOutput.IsId(item))
            {
                images[entry].Names.Add(item);
            }
        }

        return [.. images.Select(i => new LoadedImage(i.Id, [.. i.Names]))];
    }
}
