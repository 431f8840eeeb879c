using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Native.Images.Oci;
using Compose.Runtime.Native.Images.Reference;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// The distribution API for one repository: <c>/v2/</c> (which scheme answers, which challenge), manifests with the
/// media types the store reads, and blobs as streams. A 401 is answered once through
/// <see cref="RegistryAuthenticator"/> and the request repeated; errors come back as <see cref="RegistryException"/>.
/// </summary>
internal sealed class RegistryClient(HttpClient http, ImageName name, RegistryAuthDto? credentials)
{
    private readonly RegistryAuthenticator _auth = new(http, credentials);
    private string _base = $"https://{RegistryEndpoint.Host(name.Domain)}";

    private string Scope => $"repository:{name.Path}:pull";

    /// <summary>Checks <c>/v2/</c>, choosing plain HTTP for a loopback registry that does not speak TLS, and answers its challenge up front.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(_base + "/v2/", cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException) when (RegistryEndpoint.IsInsecureAllowed(name.Domain))
        {
            _base = $"http://{name.Domain}";
            response = await http.GetAsync(_base + "/v2/", cancellationToken).ConfigureAwait(false);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                await AnswerAsync(response, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A manifest or index by tag or digest: its bytes exactly as served (their digest is the manifest's) and media type.</summary>
    public async Task<(byte[] Content, string MediaType)> GetManifestAsync(string tagOrDigest, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"{_base}/v2/{name.Path}/manifests/{tagOrDigest}");
            foreach (var type in MediaTypes.ManifestAccept)
            {
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
            }

            return request;
        }, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return (content, response.Content.Headers.ContentType?.MediaType ?? "");
    }

    /// <summary>A blob's response, headers read and body not yet: the caller streams it and disposes the response.</summary>
    public Task<HttpResponseMessage> GetBlobAsync(string digest, CancellationToken cancellationToken) =>
        SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"{_base}/v2/{name.Path}/blobs/{digest}"), HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var request = create();
            request.Headers.Authorization = _auth.Authorization;
            var response = await http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0 && await AnswerAsync(response, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }

                throw await ErrorOfAsync(response, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> AnswerAsync(HttpResponseMessage unauthorized, CancellationToken cancellationToken)
    {
        var header = unauthorized.Headers.WwwAuthenticate.FirstOrDefault();
        var challenge = AuthChallenge.Parse(header?.ToString());
        return challenge is not null && await _auth.AnswerAsync(challenge, Scope, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RegistryException> ErrorOfAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        RegistryErrorDto? error = null;
        try
        {
            error = JsonSerializer.Deserialize(body, OciJsonContext.Default.RegistryErrorsDto)?.Errors?.FirstOrDefault();
        }
        catch (JsonException)
        {
            // Proxies answer with HTML: the status says enough.
        }

        var message = error is null ? $"{(int)response.StatusCode} {response.ReasonPhrase}"
            : $"{error.Code?.ToLowerInvariant().Replace('_', ' ')}: {error.Message}";
        if (response.StatusCode == HttpStatusCode.Unauthorized && !_auth.HasCredentials)
        {
            message += "; no credentials for this registry in config.json (log in with 'docker login " + name.Domain + "')";
        }

        return new RegistryException(response.StatusCode, error?.Code, message);
    }
}
