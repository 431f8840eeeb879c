using System.Collections.Immutable;
using Compose.Runtime;

namespace Compose.Images;

/// <summary>
/// <c>image load</c>: the images of an archive into the image store of the driver (Docker and Podman
/// through the engine's <c>/images/load</c>, the native driver into its own store). Needs no project: images belong to
/// the engine, not to a compose file.
/// </summary>
public sealed class ImageArchiveLoader(ImageServices services)
{
    /// <summary>Loads every image of the archive; returns each with its id and names, in the archive's order.</summary>
    public Task<ImmutableArray<LoadedImage>> LoadAsync(ImageArchive archive, CancellationToken cancellationToken) =>
        services.Runtime.LoadImageAsync(archive.Content, archive.Name, cancellationToken);
}
