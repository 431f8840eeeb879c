using System.Collections.Immutable;
using System.Formats.Tar;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Images.Layers;
using Compose.Runtime.Native.Images.Store;

namespace Compose.Runtime.Native.Images.Archives;

/// <summary>
/// <c>docker load</c> for the native store: a <c>docker save</c> archive or an OCI archive (tar of an OCI image
/// layout), plain or gzip/zstd-compressed. The archive is unpacked into the store's <c>tmp/</c> first, since its
/// members may come in any order (<c>manifest.json</c> is often last), then imported and the copy removed.
/// </summary>
internal sealed class ArchiveLoader(StoreServices store)
{
    public async Task<ImmutableArray<LoadedImage>> LoadAsync(Stream archive, string? source, CancellationToken cancellationToken)
    {
        using var adding = await store.AddingContentAsync(cancellationToken).ConfigureAwait(false);
        var directory = store.Layout.NewTemporaryPath("load");
        try
        {
            Directory.CreateDirectory(directory);
            await using (var tar = Decompression.Open(archive))
            {
                await TarFile.ExtractToDirectoryAsync(tar, directory, overwriteFiles: true, cancellationToken).ConfigureAwait(false);
            }

            return await ImportAsync(directory, cancellationToken).ConfigureAwait(false);
        }
        catch (ContentVerificationException e)
        {
            // A layer or config that does not match its digest: the archive is damaged, and the user knows it by its name.
            throw new ImageArchiveException(source, $"{e.Resource}: {e.EngineMessage}", e);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Text.Json.JsonException or FormatException)
        {
            // The reader's own words for a short file ("Unable to read beyond the end of the stream") say nothing of why.
            throw new ImageArchiveException(source, e is EndOfStreamException ? "it ends in the middle of an entry (cut short, or not a tar at all)" : e.Message, e);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>Imports an OCI image layout directory as it is (buildah's output), naming unnamed images <paramref name="names"/>.</summary>
    public async Task<ImmutableArray<LoadedImage>> ImportLayoutAsync(string directory, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        using var adding = await store.AddingContentAsync(cancellationToken).ConfigureAwait(false);
        return await new OciLayoutImporter(store).ImportAsync(directory, names, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ImmutableArray<LoadedImage>> ImportAsync(string directory, CancellationToken cancellationToken)
    {
        var hasLayout = File.Exists(Path.Combine(directory, "index.json")) && Directory.Exists(Path.Combine(directory, "blobs"));
        var hasSaveManifest = File.Exists(Path.Combine(directory, "manifest.json"));
        if (hasSaveManifest)
        {
            // docker 25+ writes both; manifest.json carries the RepoTags for sure, the OCI index only sometimes.
            return await new DockerSaveImporter(store).ImportAsync(directory, cancellationToken).ConfigureAwait(false);
        }

        return hasLayout
            ? await new OciLayoutImporter(store).ImportAsync(directory, null, cancellationToken).ConfigureAwait(false)
            : throw new InvalidDataException("it has neither manifest.json (docker save) nor index.json and blobs/ (OCI layout)");
    }
}
