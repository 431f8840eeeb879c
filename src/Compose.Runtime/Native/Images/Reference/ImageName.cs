namespace Compose.Runtime.Native.Images.Reference;

/// <summary>
/// An image reference normalized as the docker CLI does (<c>ParseNormalizedNamed</c>): <c>busybox</c> is
/// <c>docker.io/library/busybox:latest</c>, <c>team/app</c> is <c>docker.io/team/app:latest</c>,
/// <c>localhost:5000/app@sha256:…</c> keeps its registry and digest. <see cref="Tag"/> and <see cref="Digest"/> are
/// null when the reference had none; <see cref="ToString"/> adds <c>latest</c> only when both are.
/// </summary>
public sealed record ImageName(string Domain, string Path, string? Tag, string? Digest)
{
    public const string DockerHub = "docker.io";
    public const string DefaultTag = "latest";

    /// <summary><c>docker.io/library/busybox</c>: the name without tag or digest.</summary>
    public string Repository => $"{Domain}/{Path}";

    /// <summary><c>busybox</c>, <c>team/app</c>, <c>127.0.0.1:5000/app</c>: the short form the docker CLI shows.</summary>
    public string FamiliarRepository => Domain != DockerHub ? Repository
        : Path.StartsWith("library/", StringComparison.Ordinal) && Path.IndexOf('/', 8) < 0 ? Path[8..] : Path;

    /// <summary>What a registry is asked for: the digest when there is one, else the tag.</summary>
    public string TagOrDigest => Digest ?? Tag ?? DefaultTag;

    /// <summary>The tag the image is recorded under after a pull: the reference's own, else <c>latest</c> unless pulled by digest.</summary>
    public ImageName Normalized => Tag is null && Digest is null ? this with { Tag = DefaultTag } : this;

    /// <summary><c>busybox:latest</c>, <c>team/app@sha256:…</c>: as <c>docker images</c> and <c>RepoTags</c> show it.</summary>
    public string Familiar => Suffix(FamiliarRepository);

    public override string ToString() => Suffix(Repository);

    public static ImageName Parse(string reference) => ImageNameParser.Parse(reference);

    public static bool TryParse(string reference, out ImageName? name)
    {
        try
        {
            name = ImageNameParser.Parse(reference);
            return true;
        }
        catch (InvalidImageReferenceException)
        {
            name = null;
            return false;
        }
    }

    private string Suffix(string repository)
    {
        var tag = Tag ?? (Digest is null ? DefaultTag : null);
        return repository + (tag is null ? "" : ":" + tag) + (Digest is null ? "" : "@" + Digest);
    }
}
