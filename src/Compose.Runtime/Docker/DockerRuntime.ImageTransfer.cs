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
        await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        var auth = await _credentials.Value.HeaderForAsync(reference.Registry, cancellationToken).ConfigureAwait(false);
        if (LoopbackRegistryQuery(reference.Registry).Length > 0)
        {
            await foreach (var progress in PullFromLoopbackWithPodmanAsync(request, reference, resource, auth, cancellationToken).ConfigureAwait(false))
            {
                yield return progress;
            }

            yield break;
        }

        var path = $"/images/create?fromImage={Escape(reference.Name)}&tag={Escape(reference.TagOrDigest)}"
            + (request.Platform is { } platform ? $"&platform={Escape(platform)}" : "");
        var engineRequest = new EngineRequest(HttpMethod.Post, path, "pull image", resource) { Headers = [new(RegistryAuthHeader, auth)], Streaming = true, Wait = EngineWait.Stream };
        await foreach (var progress in StreamProgressAsync(engineRequest, build: false, cancellationToken).ConfigureAwait(false))
        {
            yield return progress;
        }
    }

    /// <summary>
    /// Podman's Docker-style pull ignores <c>tlsVerify</c>, so a plain-HTTP registry on loopback (which Docker
    /// allows by default) fails there with "server gave HTTP response to HTTPS client"; its own pull endpoint honours it.
    /// </summary>
    private async IAsyncEnumerable<ImageProgress> PullFromLoopbackWithPodmanAsync(
        ImagePullRequest request, ImageReference reference, string resource, string auth, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var path = $"/libpod/images/pull?reference={Escape(reference.ToString())}&tlsVerify=false"
            + (request.Platform is { } platform ? LibpodPlatformQuery(platform) : "");
        var engineRequest = new EngineRequest(HttpMethod.Post, path, "pull image", resource) { Headers = [new(RegistryAuthHeader, auth)], Streaming = true, Wait = EngineWait.Stream };
        // Podman's own stream does not say whether anything changed: the id before and after does.
        var before = (await InspectImageAsync(request.Reference, cancellationToken).ConfigureAwait(false))?.Id;
        using var response = await _client.SendAsync(engineRequest, cancellationToken).ConfigureAwait(false);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var report in ReadJsonStreamAsync(body, Json.LibpodPullReportDto, "pull image", resource, cancellationToken).ConfigureAwait(false))
        {
            if (LibpodPullProgress.From(report, "pull image", resource, request.Reference, WireMapper.ImageId(before)) is { } progress)
            {
                yield return progress;
            }
        }
    }

    /// <summary><c>os/arch[/variant]</c> as the libpod endpoint takes it.</summary>
    private static string LibpodPlatformQuery(string platform)
    {
        var parts = platform.Split('/');
        return $"&OS={Escape(parts[0])}" + (parts.Length > 1 ? $"&Arch={Escape(parts[1])}" : "") + (parts.Length > 2 ? $"&Variant={Escape(parts[2])}" : "");
    }

    public async IAsyncEnumerable<ImageProgress> PushImageAsync(string reference, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parsed = ImageReference.Parse(reference);
        var resource = $"{reference} to registry {parsed.Registry}";
        await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        var path = $"/images/{Escape(parsed.Name)}/push?tag={Escape(parsed.Tag ?? "latest")}" + LoopbackRegistryQuery(parsed.Registry);
        var auth = await _credentials.Value.HeaderForAsync(parsed.Registry, cancellationToken).ConfigureAwait(false);
        var request = new EngineRequest(HttpMethod.Post, path, "push image", resource) { Headers = [new(RegistryAuthHeader, auth)], Streaming = true, Wait = EngineWait.Stream };
        await foreach (var progress in StreamProgressAsync(request, build: false, cancellationToken).ConfigureAwait(false))
        {
            yield return progress;
        }
    }

    /// <summary>
    /// Streams the context tar to the classic builder (or names a remote context the engine fetches); base-image
    /// credentials for every registry go in <c>X-Registry-Config</c>.
    /// </summary>
    public async IAsyncEnumerable<ImageProgress> BuildImageAsync(ImageBuildSpec spec, Stream contextTar, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A remote context is fetched by the engine: the request then has no body.
        var content = spec.RemoteContext is null ? new StreamContent(contextTar, 64 * 1024) : null;
        content?.Headers.ContentType = new MediaTypeHeaderValue("application/x-tar");
        var resource = spec.Tags.IsDefaultOrEmpty ? spec.Dockerfile : string.Join(", ", spec.Tags);
        // The query depends on the engine (Podman reads extra hosts differently): know it before building the query.
        await _client.GetApiVersionAsync(cancellationToken).ConfigureAwait(false);
        var request = new EngineRequest(HttpMethod.Post, "/build?" + BuildQuery.For(spec, _client.IsPodman), "build image", resource)
        {
            Content = content,
            Headers = [new("X-Registry-Config", _credentials.Value.BuildConfigHeader())],
            Streaming = true,
            Wait = EngineWait.Stream,
        };
        // Docker adds a LABEL step per label to the stage it builds; Podman only when that stage is the Dockerfile's last
        // (with a target it cannot tell, and an earlier stage, the usual target, gets its labels without steps).
        var labelSteps = _client.IsPodman && spec.Target is not null ? 0 : spec.Labels.Count;
        var output = new BuildOutputNormalizer(labelSteps, _client.IsPodman);
        await foreach (var progress in StreamProgressAsync(request, build: true, cancellationToken).ConfigureAwait(false))
        {
            var normalized = progress with { Output = output.Normalize(progress.Output) };
            if (normalized.Output is not null || normalized.Status is not null || normalized.ImageId is not null)
            {
                yield return normalized;
            }
        }
    }

    /// <summary>
    /// Called after negotiation, which tells Podman from Docker.
    /// Docker talks plain HTTP to registries on loopback addresses by default; Podman insists on TLS unless told
    /// otherwise per request. Saying so for loopback registries gives both engines Docker's behaviour.
    /// </summary>
    private string LoopbackRegistryQuery(string registry)
    {
        if (!_client.IsPodman)
        {
            return "";
        }

        var host = registry.StartsWith('[') ? registry[1..registry.IndexOf(']')] : registry.Split(':')[0];
        var loopback = host == "localhost" || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));
        return loopback ? "&tlsVerify=false" : "";
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
