namespace Compose.Runtime.Docker;

/// <summary>Where the engine listens: a unix socket path or a tcp base address.</summary>
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

    public static DockerEndpoint UnixSocket(string path) => new(path, null);

    public static DockerEndpoint Tcp(Uri address) => new(null, address);

    /// <summary>Resolves <c>DOCKER_HOST</c> from the given environment, defaulting to the standard socket.</summary>
    public static DockerEndpoint FromEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        if (!environment.TryGetValue("DOCKER_HOST", out var host) || string.IsNullOrWhiteSpace(host))
        {
            return UnixSocket(DefaultSocketPath);
        }

        return Parse(host);
    }

    public static DockerEndpoint Parse(string host)
    {
        if (host.StartsWith("unix://", StringComparison.Ordinal))
        {
            return UnixSocket(host["unix://".Length..]);
        }

        if (host.StartsWith("tcp://", StringComparison.Ordinal))
        {
            return Tcp(new Uri("http://" + host["tcp://".Length..]));
        }

        throw new ArgumentException($"DOCKER_HOST '{host}' is not supported: use unix:///path/to/docker.sock or tcp://host:port.");
    }

    public override string ToString() => SocketPath is not null ? $"unix://{SocketPath}" : $"tcp://{TcpAddress!.Authority}";
}
