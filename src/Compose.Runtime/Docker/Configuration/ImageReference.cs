namespace Compose.Runtime.Docker.Configuration;

/// <summary>
/// An image reference split the way registries see it: <c>localhost:5000/team/app:1.2</c> is registry
/// <c>localhost:5000</c>, repository <c>team/app</c>, tag <c>1.2</c>; <c>busybox</c> is <c>docker.io</c>,
/// <c>library/busybox</c>, <c>latest</c>.
/// </summary>
internal sealed record ImageReference(string Registry, string Repository, string? Tag, string? Digest)
{
    public const string DockerHub = "docker.io";

    /// <summary>The name the engine expects in <c>fromImage</c> and push paths: no tag, Docker Hub names in their short form.</summary>
    public string Name => Registry == DockerHub
        ? (Repository.StartsWith("library/", StringComparison.Ordinal) ? Repository["library/".Length..] : Repository)
        : $"{Registry}/{Repository}";

    /// <summary>What to pull: the digest when there is one, else the tag (<c>latest</c> by default; an empty tag would pull every tag).</summary>
    public string TagOrDigest => Digest ?? Tag ?? "latest";

    public override string ToString() => Digest is not null ? $"{Name}@{Digest}" : $"{Name}:{Tag ?? "latest"}";

    public static ImageReference Parse(string reference)
    {
        var remainder = reference;
        string? digest = null;
        if (remainder.IndexOf('@') is var at and >= 0)
        {
            digest = remainder[(at + 1)..];
            remainder = remainder[..at];
        }

        string? tag = null;
        var lastSlash = remainder.LastIndexOf('/');
        if (remainder.LastIndexOf(':') is var colon and >= 0 && colon > lastSlash)
        {
            tag = remainder[(colon + 1)..];
            remainder = remainder[..colon];
        }

        var (registry, repository) = SplitRegistry(remainder);
        return new ImageReference(registry, repository, tag, digest);
    }

    /// <summary>The first component is a registry when it looks like a host: has a dot or a port, or is <c>localhost</c>.</summary>
    private static (string Registry, string Repository) SplitRegistry(string name)
    {
        var slash = name.IndexOf('/');
        if (slash > 0)
        {
            var first = name[..slash];
            if (first.Contains('.') || first.Contains(':') || first == "localhost")
            {
                var registry = first is "index.docker.io" or "registry-1.docker.io" ? DockerHub : first;
                return (registry, NormalizeRepository(registry, name[(slash + 1)..]));
            }
        }

        return (DockerHub, NormalizeRepository(DockerHub, name));
    }

    private static string NormalizeRepository(string registry, string repository) =>
        registry == DockerHub && !repository.Contains('/') ? "library/" + repository : repository;
}
