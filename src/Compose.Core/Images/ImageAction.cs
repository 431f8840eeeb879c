namespace Compose.Images;

/// <summary>What must happen to one image before containers are planned.</summary>
public enum ImageAction
{
    /// <summary>Pull it from its registry; a failure fails the command.</summary>
    Pull,

    /// <summary>Pull it; when that fails, build it if the engine does not have it (a service with both <c>image</c> and <c>build</c>).</summary>
    PullOrBuild,

    /// <summary>Build it from its service's <c>build</c> section.</summary>
    Build,
}
