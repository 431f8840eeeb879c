namespace Compose.Images;

/// <summary>When a service's image is fetched from its registry (<c>pull_policy</c>, or <c>--pull</c> overriding it).</summary>
public enum PullPolicyKind
{
    /// <summary>Not set: <c>up</c> pulls what is missing, <c>pull</c> pulls every image.</summary>
    Default,

    /// <summary><c>missing</c> (or <c>if_not_present</c>): only when the engine does not have the image.</summary>
    Missing,

    /// <summary><c>always</c> (and <c>refresh</c> without <c>pull_refresh_after</c>): on every <c>up</c>.</summary>
    Always,

    /// <summary><c>never</c>: the image must be there (or be built).</summary>
    Never,

    /// <summary><c>build</c>: always build, never pull.</summary>
    Build,

    /// <summary><c>daily</c>, <c>weekly</c>, <c>every_&lt;duration&gt;</c>: when the last pull is older than the interval.</summary>
    Refresh,
}
