using System.Collections.Immutable;
using Compose.Loading.Interpolation;

namespace Compose.Loading.Binding;

/// <summary>What binding needs besides the tree: where relative paths start, the variables, and the project's identity.</summary>
public sealed record BindingContext
{
    public required string ProjectName { get; init; }

    /// <summary>Absolute; relative paths in the files resolve against it.</summary>
    public required string ProjectDirectory { get; init; }

    /// <summary>The directory composectl runs in: paths in messages are shown relative to it.</summary>
    public required string WorkingDirectory { get; init; }

    public ImmutableArray<string> ConfigFiles { get; init; } = [];

    /// <summary>The shell over <c>.env</c>: resolves <c>environment: [NAME]</c> and <c>env_file</c> references.</summary>
    public VariableSource Variables { get; init; } = VariableSource.Empty;

    /// <summary>What <c>~</c> expands to: HOME from the variables, else the user's profile directory.</summary>
    public string HomeDirectory => Variables.TryGet("HOME", out var home) && home.Length > 0
        ? home
        : System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);

    /// <summary>
    /// False for <c>config --no-interpolate</c>: values may still hold <c>${VAR}</c> templates, which are kept as
    /// written (not resolved as paths, not checked as references).
    /// </summary>
    public bool Interpolated { get; init; } = true;

    /// <summary>
    /// True for <c>config</c>: <c>env_file</c> and <c>label_file</c> leave the services once their contents are merged
    /// (compose-go's <c>WithDiscardEnvFiles</c>, which docker compose's <c>config</c> sets).
    /// </summary>
    public bool DiscardEnvFiles { get; init; }

    /// <summary>True when <paramref name="value"/> is an uninterpolated template to keep as is.</summary>
    public bool IsTemplate(string value) => !Interpolated && value.Contains('$', StringComparison.Ordinal);
}
