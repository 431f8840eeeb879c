using System.Text;
using System.Text.Json;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker.Configuration;

/// <summary>
/// Registry credentials from <c>config.json</c>, encoded the way the engine wants them: <c>X-Registry-Auth</c>
/// for pull and push (one registry), <c>X-Registry-Config</c> for build (every registry). A credential helper
/// (<c>credHelpers</c>, <c>credsStore</c>) is asked first; <c>auths</c> is the fallback.
/// </summary>
internal sealed class RegistryCredentials(DockerConfigFile config, CredentialHelperRunner helpers)
{
    /// <summary>The Docker Hub key the docker CLI stores its credentials under.</summary>
    public const string DockerHubServer = "https://index.docker.io/v1/";

    public async Task<RegistryAuthDto?> FindAsync(string registry, CancellationToken cancellationToken)
    {
        var server = registry == ImageReference.DockerHub ? DockerHubServer : registry;
        if (HelperFor(registry) is { } helper
            && await helpers.GetAsync(helper, server, cancellationToken).ConfigureAwait(false) is { } fromHelper)
        {
            return fromHelper;
        }

        foreach (var (key, entry) in config.Content.Auths ?? [])
        {
            if (NormalizeServer(key) == registry)
            {
                return Decode(entry, server);
            }
        }

        return null;
    }

    /// <summary>The <c>X-Registry-Auth</c> value: base64url JSON; an empty object when anonymous (push requires the header).</summary>
    public async Task<string> HeaderForAsync(string registry, CancellationToken cancellationToken)
    {
        var auth = await FindAsync(registry, cancellationToken).ConfigureAwait(false) ?? new RegistryAuthDto();
        return Encode(JsonSerializer.SerializeToUtf8Bytes(auth, ClientConfigJsonContext.Default.RegistryAuthDto));
    }

    /// <summary>The <c>X-Registry-Config</c> value for builds: every <c>auths</c> entry, keyed by server.</summary>
    public string BuildConfigHeader()
    {
        var all = new Dictionary<string, RegistryAuthDto>(StringComparer.Ordinal);
        foreach (var (key, entry) in config.Content.Auths ?? [])
        {
            all[key] = Decode(entry, key);
        }

        return Encode(JsonSerializer.SerializeToUtf8Bytes(all, ClientConfigJsonContext.Default.DictionaryStringRegistryAuthDto));
    }

    /// <summary>Strips the scheme and path the CLI may have stored: <c>https://host:5000/v2/</c> → <c>host:5000</c>.</summary>
    public static string NormalizeServer(string key)
    {
        var host = key;
        if (host.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0)
        {
            host = host[(scheme + 3)..];
        }

        host = host.Split('/')[0];
        return host is "index.docker.io" or "registry-1.docker.io" or "docker.io" ? ImageReference.DockerHub : host;
    }

    private string? HelperFor(string registry)
    {
        foreach (var (key, helper) in config.Content.CredHelpers ?? [])
        {
            if (NormalizeServer(key) == registry)
            {
                return helper;
            }
        }

        return string.IsNullOrEmpty(config.Content.CredsStore) ? null : config.Content.CredsStore;
    }

    private static RegistryAuthDto Decode(AuthEntryDto entry, string server)
    {
        var (username, password) = (entry.Username, entry.Password);
        if (!string.IsNullOrEmpty(entry.Auth))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(entry.Auth));
            var colon = pair.IndexOf(':');
            (username, password) = colon < 0 ? (pair, "") : (pair[..colon], pair[(colon + 1)..]);
        }

        return new RegistryAuthDto
        {
            Username = username,
            Password = password,
            IdentityToken = string.IsNullOrEmpty(entry.IdentityToken) ? null : entry.IdentityToken,
            ServerAddress = server,
        };
    }

    /// <summary>Go's <c>base64.URLEncoding</c> (URL alphabet, with padding), which is what the engine decodes.</summary>
    private static string Encode(byte[] json) => Convert.ToBase64String(json).Replace('+', '-').Replace('/', '_');
}
