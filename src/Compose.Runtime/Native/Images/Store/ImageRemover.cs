using System.Collections.Immutable;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images.Oci;
using Compose.Runtime.Native.Images.Reference;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// <c>docker rmi</c>'s rules: a name is untagged; the image itself goes with its last name unless a container still
/// uses it (refused, or with force kept dangling); removing by id needs force when several names point at it.
/// Returns what the Docker driver returns: the untagged names (familiar form) and the deleted image's id.
/// </summary>
internal sealed class ImageRemover(ImageIndexEditor editor, ContainerHolds holds, GarbageCollector collector)
{
    public async Task<ImmutableArray<string>> RemoveAsync(string reference, bool force, CancellationToken cancellationToken)
    {
        var held = holds.Current();
        IndexDto? after = null;
        var removed = await editor.EditAsync(index =>
        {
            var result = Remove(index, reference, force, held);
            after = index;
            return result;
        }, cancellationToken).ConfigureAwait(false);
        await collector.CollectAsync(after!, cancellationToken).ConfigureAwait(false);
        return removed;
    }

    private static ImmutableArray<string> Remove(IndexDto index, string reference, bool force, ImmutableDictionary<string, ImmutableArray<string>> held)
    {
        var image = ImageLookup.Find(StoredImage.FromIndex(index), reference)
            ?? throw new ImageNotFoundException("remove image", reference, $"No such image: {reference}");
        var byName = ImageName.TryParse(reference, out var name) && (image.Tags.Contains(name!.Normalized.ToString()) || image.Digests.Contains($"{name.Repository}@{name.Digest}"));
        var names = byName ? [name!.Digest is null ? name.Normalized.ToString() : $"{name.Repository}@{name.Digest}"] : image.Tags.AddRange(image.Digests);
        if (!byName && image.Tags.Length > 1 && !force)
        {
            throw new ResourceConflictException("remove image", reference,
                $"conflict: unable to delete {Digest.Short(image.Id)} (must be forced) - image is referenced in multiple repositories");
        }

        var lastName = image.Tags.Concat(image.Digests).All(names.Contains);
        var users = held.GetValueOrDefault(image.Id, []);
        if (lastName && !users.IsEmpty && !force)
        {
            throw new ResourceConflictException("remove image", reference,
                $"conflict: unable to remove {reference} (must be forced) - container {Path.GetFileName(users[0])} is using its referenced image {Digest.Short(image.Id)}");
        }

        var removed = index.Manifests.Where(e => StoredImage.IdOf(e) == image.Id && (StoredImage.NameOf(e) is not { } n || names.Contains(n))).ToList();
        index.Manifests.RemoveAll(removed.Contains);
        var untagged = names.Select(n => ImageName.TryParse(n, out var parsed) ? parsed!.Familiar : n).ToList();
        if (lastName && !users.IsEmpty)
        {
            ImageIndexEditor.KeepDangling(index, removed);
            return [.. untagged];
        }

        return lastName ? [.. untagged, image.Id] : [.. untagged];
    }
}
