namespace Compose.Runtime.Errors;

/// <summary>No engine answered. Says where we looked and how to start one.</summary>
public sealed class RuntimeUnavailableException(string endpoint, string reason, Exception? inner = null)
    : ContainerRuntimeException(
        "connect",
        endpoint,
        $"{reason}. Is the Docker engine running? Start it (e.g. 'scripts/bootstrap', 'sudo systemctl start docker' or 'dockerd &') or point DOCKER_HOST at one.",
        inner)
{
    public string Endpoint { get; } = endpoint;
}
