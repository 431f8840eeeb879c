using System.Collections.Immutable;
using Compose.Runtime.Native.Images.Oci;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>An image as <c>index.json</c> records it: its id, its manifest, and every name pointing at it (full form).</summary>
internal sealed record StoredImage(string Id, DescriptorDto Manifest, ImmutableArray<string> Tags, ImmutableArray<string> Digests, long Size)
{
    public bool IsDangling => Tags.IsEmpty && Digests.IsEmpty;

    /// <summary>Groups the index's entries by image id, in the order images first appear.</summary>
    public static ImmutableArray<StoredImage> FromIndex(IndexDto index)
    {
        var images = new List<StoredImage>();
        foreach (var group in index.Manifests.GroupBy(IdOf))
        {
            var first = group.First();
            var names = group.Select(NameOf).OfType<string>().ToList();
            images.Add(new StoredImage(
                group.Key,
                first,
                [.. names.Where(n => !n.Contains('@'))],
                [.. names.Where(n => n.Contains('@'))],
                long.TryParse(first.Annotations?.GetValueOrDefault(IndexAnnotations.Size), out var size) ? size : 0));
        }

        return [.. images];
    }

    public static string? NameOf(DescriptorDto entry) => entry.Annotations?.GetValueOrDefault(IndexAnnotations.RefName);

    /// <summary>Entries written by other tools carry no id annotation: the manifest digest stands in until the next write.</summary>
    public static string IdOf(DescriptorDto entry) => entry.Annotations?.GetValueOrDefault(IndexAnnotations.ImageId) ?? entry.Digest;
}
