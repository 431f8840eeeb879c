namespace Compose.Planning;

public enum RecreatePolicy
{
    /// <summary>Recreate when the configuration or the image changed.</summary>
    Diverged,

    /// <summary>Always recreate (<c>--force-recreate</c>, <c>--always-recreate-deps</c>).</summary>
    Force,

    /// <summary>Never recreate (<c>--no-recreate</c>).</summary>
    Never,
}
