using System.Net.Security;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// The one HTTP client of a store's pulls: pooled connections (parallel layer downloads reuse them), certificates
/// checked as usual except for loopback registries, which docker treats as insecure-allowed. Redirects (registries
/// send blobs to object storage) are followed, and .NET drops the Authorization header on them, as it must.
/// </summary>
internal static class RegistryHttp
{
    public static HttpClient Create() => new(new SocketsHttpHandler
    {
        ConnectTimeout = TimeSpan.FromSeconds(30),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        MaxConnectionsPerServer = 16,
        SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = Validate },
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
        DefaultRequestHeaders = { { "User-Agent", "composectl (native runtime)" } },
    };

    private static bool Validate(object sender, System.Security.Cryptography.X509Certificates.X509Certificate? certificate,
        System.Security.Cryptography.X509Certificates.X509Chain? chain, SslPolicyErrors errors) =>
        errors == SslPolicyErrors.None || (sender is SslStream { TargetHostName: { } host } && RegistryEndpoint.IsInsecureAllowed(host));
}
