using Compose.Runtime.Native.Images.Oci;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// Every change to <c>index.json</c>, each a read-modify-write under the index lock so two processes never lose
/// each other's names. A name moved to a new image leaves the old one dangling (<c>&lt;none&gt;</c>), as docker does.
/// </summary>
internal sealed class ImageIndexEditor(StoreLayout layout, ImageIndexFile file, TimeProvider time)
{
    public async Task<T> EditAsync<T>(Func<IndexDto, T> change, CancellationToken cancellationToken)
    {
        using var held = await FileLock.AcquireAsync(layout.IndexLock, exclusive: true, time, cancellationToken).ConfigureAwait(false);
        var index = await file.ReadAsync(cancellationToken).ConfigureAwait(false);
        var result = change(index);
        await file.WriteAsync(index, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Points each of <paramref name="names"/> (full form) at the image; with no names the image is recorded dangling.</summary>
    public Task RecordAsync(DescriptorDto manifest, string imageId, long size, IReadOnlyCollection<string> names, CancellationToken cancellationToken) =>
        EditAsync(index =>
        {
            var displaced = index.Manifests.Where(e => StoredImage.NameOf(e) is { } n && names.Contains(n)).ToList();
            index.Manifests.RemoveAll(e => displaced.Contains(e) || (StoredImage.IdOf(e) == imageId && StoredImage.NameOf(e) is null));
            var hasNames = names.Count > 0 || index.Manifests.Any(e => StoredImage.IdOf(e) == imageId);
            foreach (var name in hasNames ? names : [null!])
            {
                index.Manifests.Add(Entry(manifest, imageId, size, name));
            }

            KeepDangling(index, displaced);
            return true;
        }, cancellationToken);

    public static DescriptorDto Entry(DescriptorDto manifest, string imageId, long size, string? name)
    {
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [IndexAnnotations.ImageId] = imageId,
            [IndexAnnotations.Size] = size.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (name is not null)
        {
            annotations[IndexAnnotations.RefName] = name;
        }

        return new DescriptorDto { MediaType = manifest.MediaType, Digest = manifest.Digest, Size = manifest.Size, Platform = manifest.Platform, Annotations = annotations };
    }

    /// <summary>Images that lost their last name keep an entry without one, so their content is not collected from under them.</summary>
    public static void KeepDangling(IndexDto index, IEnumerable<DescriptorDto> removed)
    {
        foreach (var entry in removed.DistinctBy(StoredImage.IdOf))
        {
            var id = StoredImage.IdOf(entry);
            if (!index.Manifests.Any(e => StoredImage.IdOf(e) == id))
            {
                var size = long.TryParse(entry.Annotations?.GetValueOrDefault(IndexAnnotations.Size), out var s) ? s : 0;
                index.Manifests.Add(Entry(entry, id, size, null));
            }
        }
    }
}
