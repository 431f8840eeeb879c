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
    /// <summary>
    /// Unpacks <paramref name="layer"/> into <paramref name="destination"/> (created) and returns its diff id and size.
    /// Runs synchronously: a layer is thousands of small files, and an async write per file costs a thread-pool hop
    /// each (on Unix, file I/O has no true async path), which on a busy machine was most of the time. Callers run it
    /// on a thread of its own (<see cref="UnpackAsync"/>).
    /// </summary>
    public static UnpackedLayer Unpack(Stream layer, string destination, CancellationToken cancellationToken)
    {
        using var tar = Decompression.Open(layer);
        using var hashing = new HashingStream(tar, leaveOpen: true);
        var content = UnpackTar(hashing, destination, cancellationToken);
        var diffId = hashing.DrainAndDigest();
        return new UnpackedLayer(diffId, hashing.BytesRead, content);
    }

    /// <summary>Writes an uncompressed tar's entries into <paramref name="destination"/> (created); returns the bytes of file content.</summary>
    public static long UnpackTar(Stream tar, string destination, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(destination);
        var writer = new LayerEntryWriter(destination);
        using (var reader = new TarReader(tar, leaveOpen: true))
        {
            while (reader.GetNextEntry(copyData: false) is { } entry)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteEntry(writer, entry);
            }
        }

        writer.Finish();
        return writer.ContentBytes;
    }

    public static Task<UnpackedLayer> UnpackAsync(Stream layer, string destination, CancellationToken cancellationToken) =>
        OnOwnThread(() => Unpack(layer, destination, cancellationToken), cancellationToken);

    /// <summary>Runs blocking unpacking work on a dedicated thread, not a thread-pool one.</summary>
    public static Task<T> OnOwnThread<T>(Func<T> work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(work, cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static void WriteEntry(LayerEntryWriter writer, TarEntry entry)
    {
        try
        {
            writer.Write(entry);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new InvalidDataException($"cannot unpack '{entry.Name}': {e.Message}", e);
        }
    }
}
