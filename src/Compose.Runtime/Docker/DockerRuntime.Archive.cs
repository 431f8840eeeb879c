using System.Net.Http.Headers;
using System.Text.Json;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    private const string PathStatHeader = "X-Docker-Container-Path-Stat";

    public async Task<ContainerPathStat?> StatContainerPathAsync(string id, string path, CancellationToken cancellationToken)
    {
        var request = new EngineRequest(HttpMethod.Head, ArchivePath(id, path), "stat path in container", $"{id}:{path}");
        try
        {
            using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return ReadPathStat(response, request);
        }
        catch (ResourceNotFoundException)
        {
            // A HEAD answer has no body, so a missing path and a missing container look alike: inspect tells them apart.
            await InspectContainerAsync(id, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>The tar stream is read as it arrives; dispose the archive to release the connection.</summary>
    public async Task<ContainerArchive> GetArchiveAsync(string id, string path, CancellationToken cancellationToken)
    {
        var request = new EngineRequest(HttpMethod.Get, ArchivePath(id, path), "copy from container", $"{id}:{path}") { Streaming = true, Wait = EngineWait.Stream };
        var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            var stat = ReadPathStat(response, request);
            var tar = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ContainerArchive(stat, tar, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Streams the tar to the engine (chunked: the archive need not fit in memory or have a known length).</summary>
    public async Task PutArchiveAsync(string id, string directory, Stream tar, bool copyOwnership, CancellationToken cancellationToken)
    {
        var content = new StreamContent(tar, 64 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        var path = $"{ArchivePath(id, directory)}&noOverwriteDirNonDir=1&copyUIDGID={Flag(await CopyUidGidAsync(id, copyOwnership, cancellationToken).ConfigureAwait(false))}";
        // An upload takes as long as the archive is large: no limit.
        var request = new EngineRequest(HttpMethod.Put, path, "copy to container", $"{id}:{directory}") { Content = content, Wait = EngineWait.Stream };
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Docker's <c>copyUIDGID=1</c> gives the files to the container's user, or, for a container without one, keeps
    /// the archive's owners. Podman 4.3 gives them to root in that case; its <c>copyUIDGID=0</c> keeps the owners,
    /// so that is what a container without a user gets there.
    /// </summary>
    private async Task<bool> CopyUidGidAsync(string id, bool copyOwnership, CancellationToken cancellationToken)
    {
        if (!copyOwnership)
        {
            return false;
        }

        await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        return !_client.IsPodman || !string.IsNullOrEmpty((await InspectContainerAsync(id, cancellationToken).ConfigureAwait(false)).User);
    }

    private static string ArchivePath(string id, string path) => $"/containers/{Escape(id)}/archive?path={Escape(path)}";

    private static ContainerPathStat ReadPathStat(HttpResponseMessage response, EngineRequest request)
    {
        if (!response.Headers.TryGetValues(PathStatHeader, out var values) || values.FirstOrDefault() is not { Length: > 0 } encoded)
        {
            throw new ContainerRuntimeException(request.Operation, request.Resource, $"the engine sent no {PathStatHeader} header");
        }

        var dto = JsonSerializer.Deserialize(Convert.FromBase64String(encoded), Json.PathStatDto)
            ?? throw new ContainerRuntimeException(request.Operation, request.Resource, $"the engine sent an empty {PathStatHeader} header");
        var modified = dto.Mtime is { } mtime && EngineTime.TryParse(mtime, out var time) ? time : default;
        return new ContainerPathStat(dto.Name, dto.Size, dto.Mode, modified, string.IsNullOrEmpty(dto.LinkTarget) ? null : dto.LinkTarget);
    }
}
