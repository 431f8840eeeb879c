using System.Formats.Tar;
using Compose.Runtime.Native.Images.Store;

namespace Compose.Runtime.Native.Images.Layers;

/// <summary>
/// Unpacks a layer (gzip, zstd or plain tar) into a new directory, hashing the uncompressed stream on the way so the
/// result is checked against the image config's diff id before anything is kept. The caller renames the directory
/// into place only on success; a failed unpack leaves only its work directory, which it removes.
/// </summary>
internal static class LayerUnpacker
{
    /// <summary>Unpacks <paramref name="layer"/> into <paramref name="destination"/> (created) and returns its diff id and size.</summary>
    public static async Task<UnpackedLayer> UnpackAsync(Stream layer, string destination, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(destination);
        await using var tar = await Decompression.OpenAsync(layer, cancellationToken).ConfigureAwait(false);
        await using var hashing = new HashingStream(tar, leaveOpen: true);
        var writer = new LayerEntryWriter(destination);
        await using (var reader = new TarReader(hashing, leaveOpen: true))
        {
            while (await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                await WriteEntryAsync(writer, entry, cancellationToken).ConfigureAwait(false);
            }
        }

        writer.Finish();
        var diffId = await hashing.DrainAndDigestAsync(cancellationToken).ConfigureAwait(false);
        return new UnpackedLayer(diffId, hashing.BytesRead, writer.ContentBytes);
    }

    private static async Task WriteEntryAsync(LayerEntryWriter writer, TarEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await writer.WriteAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new InvalidDataException($"cannot unpack '{entry.Name}': {e.Message}", e);
        }
    }
}
