using System.Formats.Tar;

namespace Compose.Runtime.Native.Images.Layers;

/// <summary>
/// Writes one layer's tar entries into its own directory as overlayfs expects a lower layer: <c>.wh.NAME</c> becomes
/// a 0/0 character device NAME (a whiteout), <c>.wh..wh..opq</c> marks its directory opaque with the
/// <c>trusted.overlay.opaque=y</c> attribute, other <c>.wh..wh.*</c> (aufs bookkeeping) are dropped. Later entries
/// replace earlier ones at the same path, as tar does. Directory times are set last, since filling a directory
/// changes its time.
/// </summary>
internal sealed class LayerEntryWriter(string root)
{
    private const string WhiteoutPrefix = ".wh.";
    private const string OpaqueMarker = ".wh..wh..opq";

    private readonly LayerPaths _paths = new(root);
    private readonly List<(string Path, DateTimeOffset Time)> _directoryTimes = [];

    /// <summary>Bytes of regular file content written.</summary>
    public long ContentBytes { get; private set; }

    public void Write(TarEntry entry)
    {
        var components = LayerPaths.Clean(entry.Name);
        if (components.Count == 0)
        {
            ApplyDirectory(_paths.Root, "", entry);
            return;
        }

        var name = components[^1];
        var parent = _paths.Directory(components.GetRange(0, components.Count - 1));
        var relative = string.Join('/', components);
        if (name.StartsWith(WhiteoutPrefix, StringComparison.Ordinal))
        {
            _paths.Forget(relative[..^name.Length] + name[WhiteoutPrefix.Length..]);
            WriteWhiteout(parent, name, entry);
            return;
        }

        var path = Path.Combine(parent, name);
        WriteEntry(path, relative, entry);
    }

    /// <summary>Sets directory times deepest first, once every entry is written.</summary>
    public void Finish()
    {
        for (var i = _directoryTimes.Count - 1; i >= 0; i--)
        {
            FileMetadata.SetModificationTime(_directoryTimes[i].Path, _directoryTimes[i].Time);
        }
    }

    private void WriteEntry(string path, string relative, TarEntry entry)
    {
        if (entry.EntryType == TarEntryType.Directory)
        {
            ApplyDirectory(path, relative, entry);
            return;
        }

        if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile
            or TarEntryType.SymbolicLink or TarEntryType.HardLink or TarEntryType.CharacterDevice
            or TarEntryType.BlockDevice or TarEntryType.Fifo))
        {
            return;
        }

        _paths.Forget(relative);
        RemoveExisting(path);
        switch (entry.EntryType)
        {
            case TarEntryType.SymbolicLink:
                File.CreateSymbolicLink(path, entry.LinkName);
                break;
            case TarEntryType.HardLink:
                LinkTo(path, entry.LinkName);
                return;
            case TarEntryType.CharacterDevice or TarEntryType.BlockDevice or TarEntryType.Fifo:
                MakeNode(path, entry);
                break;
            default:
                WriteContent(path, entry);
                break;
        }

        var isLink = entry.EntryType == TarEntryType.SymbolicLink;
        FileMetadata.Apply(path, entry, isLink);
        FileMetadata.SetModificationTime(path, entry.ModificationTime);
    }

    private void ApplyDirectory(string path, string relative, TarEntry entry)
    {
        if (new FileInfo(path).LinkTarget is not null || File.Exists(path))
        {
            _paths.Forget(relative);
            File.Delete(path);
        }

        Directory.CreateDirectory(path);
        _paths.Remember(relative);
        FileMetadata.Apply(path, entry, isLink: false);
        _directoryTimes.Add((path, entry.ModificationTime));
    }

    private void WriteWhiteout(string parent, string name, TarEntry entry)
    {
        if (name == OpaqueMarker)
        {
            var value = "y"u8.ToArray();
            Posix.Check(Posix.SetAttribute(parent, "trusted.overlay.opaque", value, (nuint)value.Length, 0), "setxattr trusted.overlay.opaque", parent);
            return;
        }

        if (name.StartsWith(WhiteoutPrefix + WhiteoutPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var hidden = Path.Combine(parent, name[WhiteoutPrefix.Length..]);
        RemoveExisting(hidden);
        Posix.Check(Posix.MakeNode(hidden, Posix.CharacterDevice, 0), "mknod (whiteout)", hidden);
        Posix.Check(Posix.ChangeOwnerNoFollow(hidden, entry.Uid, entry.Gid), "lchown", hidden);
    }

    /// <summary>
    /// Through open(2) and pwrite(2) on a descriptor of our own: FileStream would add an advisory lock, a file system
    /// type check and a seek to every one of a layer's thousands of files.
    /// </summary>
    private void WriteContent(string path, TarEntry entry)
    {
        var descriptor = Posix.Open(path, Posix.OpenWriteOnly | Posix.OpenCreate | Posix.OpenExclusive | Posix.OpenNoFollow | Posix.OpenCloseOnExec, 0b110_000_000);
        Posix.Check(descriptor, "open", path);
        using var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(descriptor, ownsHandle: true);
        if (entry.DataStream is { } data)
        {
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(128 * 1024);
            try
            {
                long offset = 0;
                while (data.Read(buffer) is var read and > 0)
                {
                    RandomAccess.Write(handle, buffer.AsSpan(0, read), offset);
                    offset += read;
                }
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        ContentBytes += entry.Length;
    }

    /// <summary>A hard link's target is an earlier entry of the same layer, resolved inside the layer like any name.</summary>
    private void LinkTo(string path, string linkName)
    {
        var components = LayerPaths.Clean(linkName);
        if (components.Count == 0)
        {
            throw new InvalidDataException($"hard link {path} has no target");
        }

        var target = Path.Combine(_paths.Directory(components.GetRange(0, components.Count - 1)), components[^1]);
        Posix.Check(Posix.Link(target, path), "link", $"{path} -> {linkName}");
    }

    private static void MakeNode(string path, TarEntry entry)
    {
        var (type, major, minor) = entry switch
        {
            PosixTarEntry { EntryType: TarEntryType.CharacterDevice } device => (Posix.CharacterDevice, device.DeviceMajor, device.DeviceMinor),
            PosixTarEntry { EntryType: TarEntryType.BlockDevice } device => (Posix.BlockDevice, device.DeviceMajor, device.DeviceMinor),
            _ => (Posix.Fifo, 0, 0),
        };
        Posix.Check(Posix.MakeNode(path, type | (uint)entry.Mode, MakeDevice((uint)major, (uint)minor)), "mknod", path);
    }

    /// <summary>glibc's <c>makedev</c>.</summary>
    private static ulong MakeDevice(uint major, uint minor) =>
        ((ulong)(major & 0xfffff000) << 32) | ((ulong)(major & 0xfff) << 8) | ((ulong)(minor & 0xffffff00) << 12) | (minor & 0xff);

    private static void RemoveExisting(string path)
    {
        if (new FileInfo(path).LinkTarget is not null || File.Exists(path))
        {
            File.Delete(path);
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
