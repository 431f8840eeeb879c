using System.Net;
using System.Text;

namespace Compose.Tests.Native.Images;

/// <summary>
/// A hand-written distribution API behind an <see cref="HttpMessageHandler"/>: <c>/v2/</c> answers with a Bearer
/// challenge, <c>https://auth.test/token</c> hands out a token for the right basic credentials, and manifests and
/// blobs are served only with that token. Every request is recorded.
/// </summary>
internal sealed class FakeRegistry(string user, string password) : HttpMessageHandler
{
    public const string Host = "reg.test";
    private const string Token = "fake-token-123";
    private readonly Dictionary<string, (byte[] Content, string MediaType)> _manifests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _blobs = new(StringComparer.Ordinal);

    public List<string> Requests { get; } = [];

    public void Manifest(string repository, string tagOrDigest, byte[] content, string mediaType) => _manifests[$"{repository}/{tagOrDigest}"] = (content, mediaType);

    public void Blob(string repository, string digest, byte[] content) => _blobs[$"{repository}/{digest}"] = content;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        lock (Requests)
        {
            Requests.Add($"{request.Method} {uri.Host}{uri.PathAndQuery}");
        }

        return Task.FromResult(uri.Host == "auth.test" ? TokenAnswer(request) : RegistryAnswer(request, uri.AbsolutePath));
    }

    private HttpResponseMessage TokenAnswer(HttpRequestMessage request)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        return request.Headers.Authorization?.ToString() == expected
            ? Json(HttpStatusCode.OK, $$"""{"token":"{{Token}}","expires_in":300}""")
            : Json(HttpStatusCode.Unauthorized, """{"errors":[{"code":"UNAUTHORIZED","message":"bad credentials"}]}""");
    }

    private HttpResponseMessage RegistryAnswer(HttpRequestMessage request, string path)
    {
        if (request.Headers.Authorization?.ToString() != $"Bearer {Token}")
        {
            var challenge = Json(HttpStatusCode.Unauthorized, """{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}""");
            challenge.Headers.WwwAuthenticate.ParseAdd($"Bearer realm=\"https://auth.test/token\",service=\"{Host}\",scope=\"repository:team/app:pull\"");
            return challenge;
        }

        if (path == "/v2/")
        {
            return Json(HttpStatusCode.OK, "{}");
        }

        var parts = path["/v2/".Length..].Split('/');
        var (repository, kind, key) = (string.Join('/', parts[..^2]), parts[^2], parts[^1]);
        if (kind == "manifests" && _manifests.TryGetValue($"{repository}/{key}", out var manifest))
        {
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(manifest.Content) };
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(manifest.MediaType);
            return response;
        }

        if (kind == "blobs" && _blobs.TryGetValue($"{repository}/{key}", out var blob))
        {
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(blob) };
        }

        return Json(HttpStatusCode.NotFound, """{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown"}]}""");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
}
