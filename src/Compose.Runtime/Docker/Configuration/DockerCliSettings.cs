namespace Compose.Runtime.Docker.Configuration;

/// <summary>Preferences of the docker CLI's <c>config.json</c> that docker compose honours too, for the CLI to apply.</summary>
public static class DockerCliSettings
{
    /// <summary>
    /// <c>detachKeys</c> (docker compose's <c>exec</c> and <c>run</c> use it; <c>attach --detach-keys</c> overrides it),
    /// or null when unset. An unreadable file is an <see cref="Errors.EngineConfigurationException"/> naming it.
    /// </summary>
    public static string? DetachKeys(IReadOnlyDictionary<string, string> environment) =>
        DockerConfigFile.Load(DockerClientOptions.ConfigDirectoryFrom(environment)).Content.DetachKeys is { Length: > 0 } keys ? keys : null;
}
