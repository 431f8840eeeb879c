using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker;

/// <summary>
/// Where the engine listens: a unix socket path or a tcp address (with <see cref="Tls"/> for <c>https</c>), and
/// where that choice came from, so an engine that does not answer can be reported precisely.
/// </summary>
public sealed record DockerEndpoint
{
    public const string DefaultSocketPath = "/var/run/docker.sock";

    private DockerEndpoint(string? socketPath, Uri? tcpAddress)
    {
        SocketPath = socketPath;
        TcpAddress = tcpAddress;
    }

    public string? SocketPath { get; }
    public Uri? TcpAddress { get; }

    /// <summary>TLS settings for a tcp endpoint; null = plain tcp.</summary>
    public DockerTlsOptions? Tls { get; init; }

    /// <summary>Where the endpoint came from (<c>DOCKER_HOST</c>, a Docker context, the default), for error messages.</summary>
    public string Source { get; init; } = "";

    public static DockerEndpoint UnixSocket(string path) => new(path, null);

    public static DockerEndpoint Tcp(Uri address) => new(null, address);

    /// <summary>
    /// Resolves the endpoint as the docker CLI does (<c>DOCKER_HOST</c>, then <c>DOCKER_CONTEXT</c>, then the
    /// current context of <c>config.json</c>, then the default socket), from the given environment only.
    /// </summary>
    public static DockerEndpoint FromEnvironment(IReadOnlyDictionary<string, string> environment) =>
        DockerClientOptions.FromEnvironment(environment).Endpoint;

    /// <summary>Parses a docker host address: <c>unix:///path</c>, <c>tcp://host[:port]</c> or a bare <c>/path</c>.</summary>
    public static DockerEndpoint Parse(string host) => Parse(host, tls: null);

    /// <summary>Parses a docker host address; a tcp address gets <paramref name="tls"/> (and port 2376 instead of 2375 when none is given).</summary>
    public static DockerEndpoint Parse(string host, DockerTlsOptions? tls)
    {
        if (host.StartsWith("unix://", StringComparison.Ordinal))
        {
            return UnixSocket(host["unix://".Length..]);
        }

        if (host.StartsWith('/'))
        {
            return UnixSocket(host);
        }

        var at = host.IndexOf("://", StringComparison.Ordinal);
        var scheme = at >= 0 ? host[..at] : "";
        if (scheme is "tcp" or "http" or "https")
        {
            var effectiveTls = tls ?? (scheme == "https" ? new DockerTlsOptions { Verify = false } : null);
            var authority = host[(at + 3)..].TrimEnd('/');
            if (authority.Length == 0)
            {
                throw new EngineConfigurationException($"docker host '{host}' names no host: use tcp://host:port.");
            }

            var hasPort = authority.LastIndexOf(':') > authority.LastIndexOf(']');
            if (!Uri.TryCreate(hasPort ? $"http://{authority}" : $"http://{authority}:{(effectiveTls is null ? 2375 : 2376)}", UriKind.Absolute, out var address)
                || address.Host.Length == 0)
            {
                throw new EngineConfigurationException(
                    $"docker host '{host}' is not a valid address: use tcp://host:port, with an IPv6 address in brackets (tcp://[::1]:2375).");
            }

            return Tcp(address) with { Tls = effectiveTls };
        }

        if (scheme == "ssh")
        {
            throw new EngineConfigurationException(
                $"docker host '{host}' is not supported yet: forward the remote socket (ssh -nNL /tmp/docker.sock:/var/run/docker.sock HOST) and use unix:///tmp/docker.sock.");
        }

        throw new EngineConfigurationException($"docker host '{host}' is not supported: use unix:///path/to/docker.sock or tcp://host:port.");
    }

    /// <summary>The address and where it came from, e.g. <c>unix:///var/run/docker.sock (the default socket)</c>.</summary>
    public string Describe() => Source.Length == 0 ? ToString() : $"{this} ({Source})";

    public override string ToString()
    {
        if (SocketPath is not null)
        {
            return $"unix://{SocketPath}";
        }

        return $"tcp://{TcpAddress!.Authority}";
    }
}
