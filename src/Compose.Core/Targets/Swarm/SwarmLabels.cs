namespace Compose.Targets.Swarm;

/// <summary>
/// The labels <c>docker stack deploy</c> writes, written the same way so <c>docker stack ps/services/rm NAME</c> see
/// stacks deployed by composectl and composectl sees theirs; plus the one of our own that records an object's content.
/// </summary>
public static class SwarmLabels
{
    /// <summary>On every service, network, secret, config, task container and named volume of a stack: the stack's name.</summary>
    public const string Namespace = "com.docker.stack.namespace";

    /// <summary>On services: the image as the files wrote it (the spec may hold it pinned to a digest).</summary>
    public const string Image = "com.docker.stack.image";

    /// <summary>On secrets and configs we create: the digest of what they hold, which their versioned name derives from.</summary>
    public const string ContentDigest = "dev.composectl.content-digest";
}
