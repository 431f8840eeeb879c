namespace Compose.Hashing;

public enum HashVerdict
{
    /// <summary>The container was made from this configuration.</summary>
    Same,

    /// <summary>The configuration changed since the container was made.</summary>
    Changed,

    /// <summary>
    /// The container carries no hash we can recompute (made by docker compose, by hand, or by a newer composectl):
    /// it is kept, with a warning, rather than recreated for nothing.
    /// </summary>
    Unverifiable,
}
