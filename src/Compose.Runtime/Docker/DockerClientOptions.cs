using Compose.Runtime.Docker.Configuration;

namespace Compose.Runtime.Docker;

/// <summary>
/// Everything the Docker driver reads from its surroundings, resolved once and passed in explicitly: the engine
/// endpoint (with TLS), the docker CLI configuration directory (credentials for private registries) and how long a
/// request may wait for its answer.
/// </summary>
public sealed record DockerClientOptions
{
    public required DockerEndpoint Endpoint { get; init; }

    /// <summary>The docker CLI configuration directory (<c>DOCKER_CONFIG</c>, else <c>~/.docker</c>); null = none.</summary>
    public string? ConfigDirectory { get; init; }

    /// <summary>
    /// How long a request waits for the engine's answer before it fails (<see cref="EngineTimeoutSetting"/>;
    /// <see cref="Timeout.InfiniteTimeSpan"/>: no limit). Streams and long operations are not bound by it.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = EngineTimeoutSetting.Default;

    /// <summary>The clock for event times and timeouts.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Resolves the options the way the docker CLI does, from the given environment only: <c>DOCKER_HOST</c> (with
    /// <c>DOCKER_TLS_VERIFY</c>/<c>DOCKER_TLS</c>/<c>DOCKER_CERT_PATH</c>), else <c>DOCKER_CONTEXT</c>, else
    /// <c>currentContext</c> of <c>config.json</c>, else the default socket; the request limit from
    /// <c>COMPOSE_ENGINE_TIMEOUT</c> (or <c>COMPOSE_HTTP_TIMEOUT</c>).
    /// </summary>
    public static DockerClientOptions FromEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        var configDirectory = ConfigDirectoryFrom(environment);
        return new DockerClientOptions
        {
            Endpoint = ResolveEndpoint(environment, configDirectory),
            ConfigDirectory = configDirectory,
            RequestTimeout = EngineTimeoutSetting.FromEnvironment(environment),
        };
    }

    private static DockerEndpoint ResolveEndpoint(IReadOnlyDictionary<string, string> environment, string? configDirectory)
    {
        if (Value(environment, "DOCKER_HOST") is { } host)
        {
            return DockerEndpoint.Parse(host, TlsFrom(environment, configDirectory)) with { Source = "DOCKER_HOST" };
        }

        var context = Value(environment, "DOCKER_CONTEXT") is { } fromVariable
            ? (Name: fromVariable, Origin: "DOCKER_CONTEXT")
            : (Name: DockerConfigFile.Load(configDirectory).CurrentContext, Origin: "config.json");
        if (context.Name is { } name && name != DockerContextStore.DefaultContextName && configDirectory is not null)
        {
            return new DockerContextStore(configDirectory).Resolve(name, context.Origin);
        }

        return DockerEndpoint.UnixSocket(DockerEndpoint.DefaultSocketPath) with { Source = "the default socket; DOCKER_HOST and the Docker context name no other" };
    }

    /// <summary>Like the docker CLI: any non-empty <c>DOCKER_TLS_VERIFY</c> means TLS with verification, <c>DOCKER_TLS</c> TLS without.</summary>
    private static DockerTlsOptions? TlsFrom(IReadOnlyDictionary<string, string> environment, string? configDirectory)
    {
        var verify = Value(environment, "DOCKER_TLS_VERIFY") is not null;
        if (!verify && Value(environment, "DOCKER_TLS") is null)
        {
            return null;
        }

        var certDirectory = Value(environment, "DOCKER_CERT_PATH") ?? configDirectory;
        return certDirectory is null ? new DockerTlsOptions { Verify = verify } : DockerTlsOptions.FromDirectory(certDirectory, verify);
    }

    internal static string? ConfigDirectoryFrom(IReadOnlyDictionary<string, string> environment) =>
        Value(environment, "DOCKER_CONFIG")
        ?? (Value(environment, "HOME") is { } home ? Path.Combine(home, ".docker") : null);

    private static string? Value(IReadOnlyDictionary<string, string> environment, string name) =>
        environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
