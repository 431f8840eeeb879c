using Compose.Runtime.Docker;

namespace Compose.Cli;

/// <summary>
/// Names the engine a command talks to, for the project lock: the same project name on two engines is two projects,
/// and two spellings of one engine (<c>DOCKER_HOST</c> or the default socket) are one.
/// </summary>
internal static class EngineEndpointKey
{
    public static string Of(string driver, IReadOnlyDictionary<string, string> environment)
    {
        if (driver == "docker")
        {
            var endpoint = DockerClientOptions.FromEnvironment(environment).Endpoint;
            return $"docker {endpoint.SocketPath ?? endpoint.TcpAddress?.ToString()}";
        }

        var host = environment.GetValueOrDefault("CONTAINER_HOST") is { Length: > 0 } container ? container
            : environment.GetValueOrDefault("DOCKER_HOST") is { Length: > 0 } docker ? docker
            : "default";
        return $"{driver} {host}";
    }
}
