using Compose.Cli.Formatting;
using Compose.Observing;
using Compose.Output;

namespace Compose.Cli.Plugin;

/// <summary>
/// Installed as <c>~/.docker/cli-plugins/docker-compose</c>, composectl serves <c>docker compose …</c>: the docker CLI
/// first asks <c>docker-compose docker-cli-plugin-metadata</c> for a JSON description, then runs
/// <c>docker-compose compose ARGS…</c> with <c>DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND</c> set.
/// </summary>
public static class DockerCliPlugin
{
    public const string MetadataCommand = "docker-cli-plugin-metadata";
    public const string ReexecVariable = "DOCKER_CLI_PLUGIN_ORIGINAL_CLI_COMMAND";

    public static string Metadata => JsonOutput.WriteCompact(new List<KeyValuePair<string, object?>>
    {
        new("SchemaVersion", "0.1.0"),
        new("Vendor", "composectl"),
        // The docker CLI shows this as the compose plugin's version (docker info, docker version): the compatible release.
        new("Version", "v" + ComposeCompatibility.Version),
        new("ShortDescription", "Docker Compose (composectl)"),
        new("URL", "https://compose-spec.io"),
    });

    /// <summary>Whether the docker CLI started us as its plugin (<c>docker compose …</c>).</summary>
    public static bool IsRunning(IReadOnlyDictionary<string, string> variables) => variables.ContainsKey(ReexecVariable);

    /// <summary>The arguments meant for composectl: without the <c>compose</c> the docker CLI puts first when it runs a plugin.</summary>
    public static string[] Arguments(string[] args, IReadOnlyDictionary<string, string> variables) =>
        args is ["compose", ..] && variables.ContainsKey(ReexecVariable) ? args[1..] : args;
}
