using System.Text.RegularExpressions;

namespace Compose.Runtime.Native.Images.Reference;

/// <summary>
/// The grammar of distribution's <c>reference</c> package: lowercase path components joined by <c>/</c> with
/// <c>.</c>, <c>_</c>, <c>__</c> or dashes inside; an optional registry host (a dot, a port or <c>localhost</c>);
/// a tag of at most 128 word characters, dots and dashes; a digest <c>algorithm:hex</c>.
/// </summary>
internal static partial class ImageNameParser
{
    private const int MaxNameLength = 255;

    public static ImageName Parse(string reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            throw new InvalidImageReferenceException(reference, "the reference is empty");
        }

        if (FullHex().IsMatch(reference))
        {
            throw new InvalidImageReferenceException(reference, $"repository name ({reference}) cannot be a 64-byte hexadecimal string");
        }

        var (remainder, digest) = SplitDigest(reference);
        var (name, tag) = SplitTag(reference, remainder);
        var (domain, path) = SplitDomain(name);
        if (path.ToLowerInvariant() != path)
        {
            throw new InvalidImageReferenceException(reference, $"repository name ({path}) must be lowercase");
        }

        if (!Domain().IsMatch(domain) || !PathPattern().IsMatch(path))
        {
            throw new InvalidImageReferenceException(reference, "expected [registry/]name[:tag][@sha256:digest] with a lowercase name");
        }

        if (domain.Length + 1 + path.Length > MaxNameLength)
        {
            throw new InvalidImageReferenceException(reference, $"repository name must not be longer than {MaxNameLength} characters");
        }

        return new ImageName(domain, path, tag, digest);
    }

    private static (string Remainder, string? Digest) SplitDigest(string reference)
    {
        var at = reference.IndexOf('@');
        if (at < 0)
        {
            return (reference, null);
        }

        var digest = reference[(at + 1)..];
        return DigestPattern().IsMatch(digest)
            ? (reference[..at], digest)
            : throw new InvalidImageReferenceException(reference, $"'{digest}' is not a digest (expected sha256: and 64 hexadecimal digits)");
    }

    private static (string Name, string? Tag) SplitTag(string reference, string remainder)
    {
        var colon = remainder.LastIndexOf(':');
        if (colon < 0 || colon < remainder.LastIndexOf('/'))
        {
            return (remainder, null);
        }

        var tag = remainder[(colon + 1)..];
        return TagPattern().IsMatch(tag)
            ? (remainder[..colon], tag)
            : throw new InvalidImageReferenceException(reference, $"'{tag}' is not a valid tag (at most 128 letters, digits, '_', '.' and '-', not starting with '.' or '-')");
    }

    /// <summary>docker's <c>splitDockerDomain</c>: the first component is a registry if it has a dot or a colon, is <c>localhost</c>, or has capitals.</summary>
    private static (string Domain, string Path) SplitDomain(string name)
    {
        var slash = name.IndexOf('/');
        string domain;
        string path;
        if (slash < 0 || (!name[..slash].Contains('.') && !name[..slash].Contains(':') && name[..slash] != "localhost"
                          && name[..slash].ToLowerInvariant() == name[..slash]))
        {
            (domain, path) = (ImageName.DockerHub, name);
        }
        else
        {
            (domain, path) = (name[..slash], name[(slash + 1)..]);
        }

        if (domain is "index.docker.io" or "registry-1.docker.io")
        {
            domain = ImageName.DockerHub;
        }

        if (domain == ImageName.DockerHub && !path.Contains('/'))
        {
            path = "library/" + path;
        }

        return (domain, path);
    }

    [GeneratedRegex("^[a-f0-9]{64}$")]
    private static partial Regex FullHex();

    [GeneratedRegex(@"^sha256:[a-f0-9]{64}$|^sha512:[a-f0-9]{128}$")]
    private static partial Regex DigestPattern();

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?$")]
    private static partial Regex Domain();
}
