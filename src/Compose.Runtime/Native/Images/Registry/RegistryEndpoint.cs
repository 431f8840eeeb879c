using System.Net;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// Where a registry is reached: Docker Hub's name <c>docker.io</c> is served by <c>registry-1.docker.io</c>; every
/// registry speaks HTTPS, except that loopback registries (127.0.0.0/8, ::1, localhost) are insecure-allowed as
/// in docker's default configuration: HTTPS without certificate checks is tried first, then plain HTTP.
/// </summary>
internal static class RegistryEndpoint
{
    public static string Host(string domain) => domain == Reference.ImageName.DockerHub ? "registry-1.docker.io" : domain;

    public static bool IsInsecureAllowed(string domain)
    {
        var host = domain;
        if (host.StartsWith('['))
        {
            host = host[1..host.IndexOf(']')];
        }
        else if (host.LastIndexOf(':') is var colon and > 0)
        {
            host = host[..colon];
        }

        return host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
