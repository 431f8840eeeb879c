namespace Compose.Runtime.Docker;

/// <summary>
/// Where Podman's Docker-compatible API listens when <c>--runtime podman</c> is asked without <c>DOCKER_HOST</c>:
/// <c>CONTAINER_HOST</c> (Podman's own variable) when it names a unix socket, else the socket
/// <c>podman system service</c> (or its systemd socket unit) serves: <c>/run/podman/podman.sock</c> for root,
/// <c>$XDG_RUNTIME_DIR/podman/podman.sock</c> for other users.
/// </summary>
internal static class PodmanEndpoint
{
    public static DockerClientOptions Options(IReadOnlyDictionary<string, string> environment)
    {
        var options = DockerClientOptions.FromEnvironment(environment);
        if (Has(environment, "DOCKER_HOST"))
        {
            return options;
        }

        var socket = Has(environment, "CONTAINER_HOST") && environment["CONTAINER_HOST"].StartsWith("unix://", StringComparison.Ordinal)
            ? environment["CONTAINER_HOST"]["unix://".Length..]
            : DefaultSocket(environment);
        return options with { Endpoint = DockerEndpoint.UnixSocket(socket) with { Source = "the Podman socket (--runtime podman)" } };
    }

    private static string DefaultSocket(IReadOnlyDictionary<string, string> environment) =>
        Environment.IsPrivilegedProcess || !Has(environment, "XDG_RUNTIME_DIR")
            ? "/run/podman/podman.sock"
            : Path.Combine(environment["XDG_RUNTIME_DIR"], "podman", "podman.sock");

    private static bool Has(IReadOnlyDictionary<string, string> environment, string name) =>
        environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value);
}
