using System.Collections.Immutable;

namespace Compose.Loading;

/// <summary>
/// Everything the loader needs, gathered by the CLI. The process environment is read once there and passed in,
/// so loading is deterministic and testable.
/// </summary>
public sealed record LoadRequest
{
    /// <summary>The directory composectl runs in; relative <see cref="ConfigFiles"/> resolve against it.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>The process environment (the shell): it wins over every <c>.env</c> file.</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    /// <summary><c>-f</c> files in order; empty means <c>COMPOSE_FILE</c> or discovery.</summary>
    public ImmutableArray<string> ConfigFiles { get; init; } = [];

    /// <summary><c>-p</c>: wins over <c>COMPOSE_PROJECT_NAME</c> and <c>name:</c>.</summary>
    public string? ProjectName { get; init; }

    /// <summary><c>--project-directory</c>: defaults to the first file's directory.</summary>
    public string? ProjectDirectory { get; init; }

    /// <summary><c>--env-file</c> files; empty means <c>.env</c> in the project directory when present.</summary>
    public ImmutableArray<string> EnvFiles { get; init; } = [];

    /// <summary><c>--profile</c> values; empty means <c>COMPOSE_PROFILES</c>.</summary>
    public ImmutableArray<string> Profiles { get; init; } = [];

    /// <summary>
    /// Services named on the command line (<c>up web</c>): a named service whose profiles are all inactive enables
    /// them, as docker compose does. Names of services that do not exist are ignored here.
    /// </summary>
    public ImmutableArray<string> Services { get; init; } = [];

    /// <summary>When false, <c>${...}</c> is kept as written (<c>config --no-interpolate</c>).</summary>
    public bool Interpolate { get; init; } = true;

    /// <summary>
    /// When false, the references and rules between parts of the project (undefined networks, a service without an
    /// image, cycles) are not checked (<c>config --no-consistency</c>, for files meant to be completed by others).
    /// </summary>
    public bool CheckConsistency { get; init; } = true;

    /// <summary>
    /// When true, top-level networks, volumes, secrets, configs and models stay in the project even when no enabled
    /// service uses them (<c>--all-resources</c>; see <see cref="UnusedResources"/>).
    /// </summary>
    public bool AllResources { get; init; }

    /// <summary>
    /// When true, <c>env_file</c> and <c>label_file</c> leave the services once their contents are merged into
    /// <c>environment</c> and <c>labels</c>, as docker compose's <c>config</c> prints them (compose-go's
    /// <c>WithDiscardEnvFiles</c>). Other commands keep them: <c>convert --to kubernetes</c> maps them to ConfigMaps.
    /// </summary>
    public bool DiscardEnvFiles { get; init; }
}
