using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Compose.Runtime.Docker.Configuration;

namespace Compose.Runtime.Docker;

public sealed partial class DockerRuntime
{
    private const string RegistryAuthHeader = "X-Registry-Auth";

    /// <summary>
    /// Pulls one tag (or digest): never an empty tag, which would make the engine pull every tag of the repository.
    /// Credentials for the image's registry travel in <c>X-Registry-Auth</c>.
    /// </summary>
    public async IAsyncEnumerable<ImageProgress> PullImageAsync(ImagePullRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reference = ImageReference.Parse(request.Reference);
        var resource = $"{request.Reference} from registry {reference.Registry}";
        var path = $"/images/create?fromImage={Escape(reference.Name)}&tag={Escape(reference.TagOrDigest)}"
            + (request.Platform is { } platform ? $"&platform={Escape(platform)}" : "");
        var auth = await _credentials.Value.HeaderForAsync(reference.Registry, cancellationToken).ConfigureAwait(false);
        var engineRequest = new EngineRequest(HttpMethod.Post, path, "pull image", resource) { Headers = [new(RegistryAuthHeader, auth)], Streaming = true };
        await foreach (var progress in StreamProgressAsync(engineRequest, build: false, cancellationToken).ConfigureAwait(false))
        {
            yield return progress;
        }
    }

    public async IAsyncEnumerable<ImageProgress> PushImageAsync(string reference, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parsed = ImageReference.Parse(reference);
        var resource = $"{reference} to registry {parsed.Registry}";
        var path = $"/images/{Escape(parsed.Name)}/push?tag={Escape(parsed.Tag ?? "latest")}";
        var auth = await _credentials.Value.HeaderForAsync(parsed.Registry, cancellationToken).ConfigureAwait(false);
        var request = new EngineRequest(HttpMethod.Post, path, "push image", resource) { Headers = [new(RegistryAuthHeader, auth)], Streaming = true };
        await foreach (var progress in StreamProgressAsync(request, build: false, cancellationToken).ConfigureAwait(false))
        {
            yield return progress;
        }
    }

    /// <summary>Streams the context tar to the classic builder; base-image credentials for every registry go in <c>X-Registry-Config</c>.</summary>
    public async IAsyncEnumerable<ImageProgress> BuildImageAsync(ImageBuildSpec spec, Stream contextTar, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var content = new StreamContent(contextTar, 64 * 1024);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        var resource = spec.Tags.IsDefaultOrEmpty ? spec.Dockerfile : string.Join(", ", spec.Tags);
        var request = new EngineRequest(HttpMethod.Post, "/build?" + BuildQuery.For(spec), "build image", resource)
        {
            Content = content,
            Headers = [new("X-Registry-Config", _credentials.Value.BuildConfigHeader())],
            Streaming = true,
        };
        await foreach (var progress in StreamProgressAsync(request, build: true, cancellationToken).ConfigureAwait(false))
        {
            yield return progress;
        }
    }

    private async IAsyncEnumerable<ImageProgress> StreamProgressAsync(EngineRequest request, bool build, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var response = await _client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var messages = ReadJsonStreamAsync(body, Json.JsonMessageDto, request.Operation, request.Resource, cancellationToken);
        await foreach (var progress in ImageProgressReader.ReadAsync(messages, request.Operation, request.Resource, build, cancellationToken).ConfigureAwait(false))
        {
            yield return progress;
        }
    }
}
