namespace Compose.Observing;

/// <summary>
/// The labels docker compose puts on what it creates. We write the same ones, so <c>docker compose ps</c> and
/// <c>docker-compose</c> v1 see our stacks and we see theirs.
/// </summary>
public static class ComposeLabels
{
    public const string Prefix = "com.docker.compose.";
    public const string Project = Prefix + "project";
    public const string Service = Prefix + "service";
    public const string ContainerNumber = Prefix + "container-number";
    public const string OneOff = Prefix + "oneoff";
    public const string ConfigHash = Prefix + "config-hash";
    public const string WorkingDir = Prefix + "project.working_dir";
    public const string ConfigFiles = Prefix + "project.config_files";
    public const string EnvironmentFile = Prefix + "project.environment_file";
    public const string Version = Prefix + "version";
    public const string Image = Prefix + "image";
    public const string DependsOn = Prefix + "depends_on";
    public const string Network = Prefix + "network";
    public const string Volume = Prefix + "volume";
    public const string Replace = Prefix + "replace";

    /// <summary>Our own: which config hash algorithm wrote the hash label.</summary>
    public const string ConfigHashVersion = "dev.composectl.config-hash-version";

    /// <summary>v1 and v2 both write the literal strings <c>True</c>/<c>False</c>.</summary>
    public const string False = "False";
    public const string True = "True";

    /// <summary>
    /// The docker compose release we claim in <see cref="Version"/> (and in the plugin's metadata and <c>docker compose
    /// version</c>): tools read the label to decide which compose made a resource, so it names the behaviour we follow.
    /// </summary>
    public const string ToolVersion = ComposeCompatibility.Version;
}
