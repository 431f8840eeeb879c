using System.Formats.Tar;
using System.IO.Compression;

namespace Compose.TestSupport.Native;

/// <summary>Hand-made layer tars for the unpacking tests: entries with exact owners, modes and times.</summary>
public sealed class LayerTar
{
    public static readonly DateTimeOffset Time = new(2021, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly MemoryStream _tar = new();
    private readonly TarWriter _writer;

    public LayerTar() => _writer = new TarWriter(_tar, TarEntryFormat.Pax, leaveOpen: true);

    public LayerTar Directory(string name, UnixFileMode mode = (UnixFileMode)0b111_101_101, int uid = 0, int gid = 0) =>
        Add(new PaxTarEntry(TarEntryType.Directory, name) { Mode = mode, Uid = uid, Gid = gid, ModificationTime = Time });

    public LayerTar File(string name, string content, UnixFileMode mode = (UnixFileMode)0b110_100_100, int uid = 0, int gid = 0,
        IEnumerable<KeyValuePair<string, string>>? attributes = null)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name, attributes ?? [])
        {
            Mode = mode, Uid = uid, Gid = gid, ModificationTime = Time,
            DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)),
        };
        return Add(entry);
    }

    public LayerTar Symlink(string name, string target) =>
        Add(new PaxTarEntry(TarEntryType.SymbolicLink, name) { LinkName = target, ModificationTime = Time, Mode = (UnixFileMode)0b111_111_111 });

    public LayerTar HardLink(string name, string target) =>
        Add(new PaxTarEntry(TarEntryType.HardLink, name) { LinkName = target, ModificationTime = Time });

    public LayerTar CharacterDevice(string name, int major, int minor) =>
        Add(new PaxTarEntry(TarEntryType.CharacterDevice, name) { DeviceMajor = major, DeviceMinor = minor, Mode = (UnixFileMode)0b110_110_110, ModificationTime = Time });

    public LayerTar Fifo(string name) =>
        Add(new PaxTarEntry(TarEntryType.Fifo, name) { Mode = (UnixFileMode)0b110_100_100, ModificationTime = Time });

    /// <summary>The uncompressed tar (a docker save layer).</summary>
    public byte[] Tar()
    {
        _writer.Dispose();
        return _tar.ToArray();
    }

    public byte[] Gzip()
    {
        var tar = Tar();
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(tar);
        }

        return compressed.ToArray();
    }

    private LayerTar Add(TarEntry entry)
    {
        _writer.WriteEntry(entry);
        return this;
    }
}
