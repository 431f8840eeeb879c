using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Native.Images.Oci;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// Answers a registry's challenge the way docker does: <c>Basic</c> sends the config.json user and password on every
/// request; <c>Bearer</c> fetches a token for the repository's scope from the realm (GET with the user and password
/// as basic auth, or anonymous; POST with <c>grant_type=refresh_token</c> when config.json holds an identity token).
/// </summary>
internal sealed class RegistryAuthenticator(HttpClient http, RegistryAuthDto? credentials)
{
    public AuthenticationHeaderValue? Authorization { get; private set; }

    public bool HasCredentials => credentials is { Username.Length: > 0 } or { IdentityToken.Length: > 0 };

    /// <summary>Sets <see cref="Authorization"/> for the challenge; false when it cannot be answered (no credentials for Basic).</summary>
    public async Task<bool> AnswerAsync(AuthChallenge challenge, string scope, CancellationToken cancellationToken)
    {
        if (challenge.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            Authorization = BasicCredentials();
            return Authorization is not null;
        }

        if (!challenge.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || challenge.Realm is null)
        {
            return false;
        }

        var token = await FetchTokenAsync(challenge, scope, cancellationToken).ConfigureAwait(false);
        Authorization = new AuthenticationHeaderValue("Bearer", token);
        return true;
    }

    private async Task<string> FetchTokenAsync(AuthChallenge challenge, string scope, CancellationToken cancellationToken)
    {
        using var request = credentials?.IdentityToken is { Length: > 0 } refresh
            ? RefreshRequest(challenge, scope, refresh)
            : TokenRequest(challenge, scope);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new RegistryAuthException(HasCredentials
                ? "unauthorized: the token server refused the credentials config.json holds for this registry"
                : "unauthorized: authentication required; log in with 'docker login' (composectl reads the docker CLI's config.json)");
        }

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var answer = JsonSerializer.Deserialize(body, OciJsonContext.Default.TokenResponseDto);
        return answer?.Token ?? answer?.AccessToken ?? throw new RegistryAuthException($"the token server {challenge.Realm} answered without a token");
    }

    private HttpRequestMessage TokenRequest(AuthChallenge challenge, string scope)
    {
        var query = $"?scope={Uri.EscapeDataString(scope)}" + (challenge.Service is { } service ? $"&service={Uri.EscapeDataString(service)}" : "");
        var request = new HttpRequestMessage(HttpMethod.Get, challenge.Realm + query);
        request.Headers.Authorization = BasicCredentials();
        return request;
    }

    private static HttpRequestMessage RefreshRequest(AuthChallenge challenge, string scope, string refreshToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["scope"] = scope,
            ["service"] = challenge.Service ?? "",
            ["client_id"] = "composectl",
        };
        return new HttpRequestMessage(HttpMethod.Post, challenge.Realm) { Content = new FormUrlEncodedContent(form) };
    }

    private AuthenticationHeaderValue? BasicCredentials() =>
        credentials is { Username.Length: > 0 } c
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{c.Username}:{c.Password}")))
            : null;
}
