namespace Compose.Images;

/// <summary>How <c>up</c>, <c>create</c> and <c>run</c> were asked to treat images: <c>--build</c>, <c>--no-build</c>, <c>--pull</c>, <c>--quiet-pull</c>.</summary>
public sealed record ImageOptions
{
    public static ImageOptions Default { get; } = new();

    /// <summary><c>--build</c>: build every image a selected service builds, present or not.</summary>
    public bool Build { get; init; }

    /// <summary><c>--no-build</c>: never build; a missing image that only a build could make is an error.</summary>
    public bool NoBuild { get; init; }

    /// <summary><c>--pull POLICY</c>: replaces every service's <c>pull_policy</c>.</summary>
    public PullPolicy? Pull { get; init; }

    /// <summary><c>--quiet-pull</c>: pull without progress.</summary>
    public bool QuietPull { get; init; }

    public BuildOverrides BuildOverrides { get; init; } = BuildOverrides.None;
}
