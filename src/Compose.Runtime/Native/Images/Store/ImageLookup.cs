using System.Collections.Immutable;
using Compose.Runtime.Native.Images.Reference;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// Finds an image as the docker CLI does: by name first (<c>busybox</c> means <c>docker.io/library/busybox:latest</c>;
/// <c>name@sha256:…</c> by the digest it was pulled by), then by id (<c>sha256:…</c>, or a unique prefix of its hex).
/// </summary>
internal static class ImageLookup
{
    public static StoredImage? Find(ImmutableArray<StoredImage> images, string reference)
    {
        if (ImageName.TryParse(reference, out var name))
        {
            var wanted = name!.Digest is { } digest ? $"{name.Repository}@{digest}" : name.Normalized.ToString();
            var byName = images.FirstOrDefault(i => i.Tags.Contains(wanted) || i.Digests.Contains(wanted));
            if (byName is not null)
            {
                return byName;
            }
        }

        return FindById(images, reference);
    }

    private static StoredImage? FindById(ImmutableArray<StoredImage> images, string reference)
    {
        var hex = reference.StartsWith(Oci.Digest.Prefix, StringComparison.Ordinal) ? reference[Oci.Digest.Prefix.Length..] : reference;
        if (hex.Length == 0 || hex.Length > 64 || !hex.All(char.IsAsciiHexDigitLower))
        {
            return null;
        }

        var matches = images.Where(i => i.Id.AsSpan(Oci.Digest.Prefix.Length).StartsWith(hex, StringComparison.Ordinal)).Take(2).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }
}
