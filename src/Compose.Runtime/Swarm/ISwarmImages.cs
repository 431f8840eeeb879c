namespace Compose.Runtime.Swarm;

/// <summary>Images as the swarm's nodes will pull them.</summary>
public interface ISwarmImages
{
    /// <summary>
    /// The registry's digest of <paramref name="image"/> (<c>sha256:…</c>), asked through the manager (which uses its
    /// own registry settings); null when no registry knows the image (a tag that exists only in nodes' local stores).
    /// </summary>
    Task<string?> ResolveDigestAsync(string image, CancellationToken cancellationToken);
}
