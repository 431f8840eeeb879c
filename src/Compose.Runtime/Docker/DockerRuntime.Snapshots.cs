using Compose.Runtime.Docker.Streams;

namespace Compose.Runtime.Docker;

/// <summary>Container filesystems taken whole: <c>export</c> as a tar stream, <c>commit</c> into an image.</summary>
public sealed partial class DockerRuntime
{
    public async Task ExportContainerAsync(string id, Stream destination, CancellationToken cancellationToken)
    {
        var request = new EngineRequest(HttpMethod.Get, $"/containers/{Escape(id)}/export", "export container", id) { Streaming = true, Wait = EngineWait.Stream };
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await using var tar = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await tar.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpIOException e) when (EngineStreams.IsConnectionLoss(e, cancellationToken))
        {
            // Only the engine's side: an IOException writing the destination is the caller's to report.
            throw EngineStreams.Lost(request.Operation, id, e);
        }
    }

    public async Task<string> CommitContainerAsync(string id, ContainerCommitSpec spec, CancellationToken cancellationToken)
    {
        var query = new List<string> { $"container={Escape(id)}", $"pause={Flag(spec.Pause)}" };
        AddIfSet(query, "repo", spec.Repository);
        AddIfSet(query, "tag", spec.Tag);
        AddIfSet(query, "comment", spec.Comment);
        AddIfSet(query, "author", spec.Author);
        query.AddRange(spec.Changes.Select(c => $"changes={Escape(c)}"));

        // The body would override the container's configuration; an empty one keeps it, as docker commit does.
        // A commit writes the container's changes into a layer: as long as they are large, so no limit.
        var request = new EngineRequest(HttpMethod.Post, "/commit?" + string.Join('&', query), "commit container", id) { Wait = EngineWait.Stream };
        var committed = await _client.PostJsonAsync(request, new Dictionary<string, string>(), Json.DictionaryStringString, Json.IdResponseDto, cancellationToken)
            .ConfigureAwait(false);
        // Podman answers the bare hex digest; Docker (and every caller) names the algorithm.
        return WireMapper.ImageId(committed.Id) ?? committed.Id;
    }

    private static void AddIfSet(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            query.Add($"{name}={Escape(value)}");
        }
    }
}
