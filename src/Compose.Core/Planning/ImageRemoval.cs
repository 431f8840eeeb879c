namespace Compose.Planning;

/// <summary><c>down --rmi</c>.</summary>
public enum ImageRemoval
{
    None,

    /// <summary>Only images without a custom tag: the ones compose named after the service (built, no <c>image:</c>).</summary>
    Local,

    /// <summary>Every image a service uses.</summary>
    All,
}
