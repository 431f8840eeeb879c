using System.IO.Compression;

namespace Compose.Runtime.Native.Images.Layers;

/// <summary>
/// Opens a layer for reading as a tar stream whatever it was stored as: gzip, zstd or plain tar, told apart by their
/// magic bytes rather than by the media type (registries and <c>docker save</c> archives are not always truthful).
/// </summary>
internal static class Decompression
{
    private static readonly byte[] GzipMagic = [0x1f, 0x8b];
    private static readonly byte[] ZstdMagic = [0x28, 0xb5, 0x2f, 0xfd];

    public static Stream Open(Stream layer)
    {
        var head = new byte[4];
        var read = 0;
        while (read < head.Length && layer.Read(head.AsSpan(read)) is var n and > 0)
        {
            read += n;
        }

        var whole = new PrefixedStream(head.AsMemory(0, read), layer);
        var prefix = head.AsSpan(0, read);
        if (prefix.StartsWith(GzipMagic))
        {
            return new GZipStream(whole, CompressionMode.Decompress);
        }

        return prefix.StartsWith(ZstdMagic) ? new ZstdSharp.DecompressionStream(whole) : whole;
    }
}
