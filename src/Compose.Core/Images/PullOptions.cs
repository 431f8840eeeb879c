namespace Compose.Images;

/// <summary>The <c>pull</c> command's flags.</summary>
public sealed record PullOptions
{
    /// <summary><c>--policy missing|always</c>: replaces every service's <c>pull_policy</c>.</summary>
    public PullPolicy? Policy { get; init; }

    /// <summary><c>--ignore-buildable</c>: skip images a service builds.</summary>
    public bool IgnoreBuildable { get; init; }

    /// <summary><c>--ignore-pull-failures</c>: report failures as warnings and succeed.</summary>
    public bool IgnoreFailures { get; init; }

    /// <summary><c>-q</c>: no progress.</summary>
    public bool Quiet { get; init; }
}
