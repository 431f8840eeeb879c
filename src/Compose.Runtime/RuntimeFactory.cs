using Compose.Runtime.Docker;
using Compose.Runtime.Errors;

namespace Compose.Runtime;

/// <summary>
/// Chooses the driver by name (<c>--runtime</c>, else <c>COMPOSE_RUNTIME</c>, else <c>docker</c>): the Docker Engine
/// API for <c>docker</c> and for <c>podman</c> (Podman serves the same API on its own socket).
/// </summary>
public sealed class RuntimeFactory : IRuntimeFactory
{
    public const string EnvironmentVariable = "COMPOSE_RUNTIME";

    public static IReadOnlyList<string> Drivers { get; } = ["docker", "podman", "native"];

    public static RuntimeFactory Instance { get; } = new();

    /// <summary>The driver's name: the flag, else <c>COMPOSE_RUNTIME</c>, else <c>docker</c>; an unknown name is refused.</summary>
    public static string Choose(string? flag, IReadOnlyDictionary<string, string> environment)
    {
        var (name, origin) = flag is { Length: > 0 } ? (flag, "--runtime")
            : environment.TryGetValue(EnvironmentVariable, out var value) && value.Trim().Length > 0 ? (value.Trim(), EnvironmentVariable)
            : ("docker", "");
        return Drivers.Contains(name.ToLowerInvariant())
            ? name.ToLowerInvariant()
            : throw new EngineConfigurationException($"{origin} names the runtime '{name}', which does not exist; use one of {string.Join(", ", Drivers)}.");
    }

    public IContainerRuntime Create(RuntimeOptions options) => options.Driver switch
    {
        "docker" => new DockerRuntime(DockerClientOptions.FromEnvironment(options.Environment) with { TimeProvider = options.Time }),
        "podman" => new DockerRuntime(PodmanEndpoint.Options(options.Environment) with { TimeProvider = options.Time }),
        "native" => Native.NativeRuntimeFactory.Create(options),
        _ => throw new EngineConfigurationException($"unknown runtime '{options.Driver}'; use one of {string.Join(", ", Drivers)}."),
    };
}
