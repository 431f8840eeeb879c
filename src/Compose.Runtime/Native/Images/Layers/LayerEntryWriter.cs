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

    public async Task WriteAsync(TarEntry entry, CancellationToken cancellationToken)
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
        await WriteEntryAsync(path, relative, entry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets directory times deepest first, once every entry is written.</summary>
    public void Finish()
    {
        for (var i = _directoryTimes.Count - 1; i >= 0; i--)
        {
            FileMetadata.SetModificationTime(_directoryTimes[i].Path, _directoryTimes[i].Time);
        }
    }

    private async Task WriteEntryAsync(string path, string relative, TarEntry entry, CancellationToken cancellationToken)
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
                await WriteContentAsync(path, entry, cancellationToken).ConfigureAwait(false);
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

    private async Task WriteContentAsync(string path, TarEntry entry, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, PreallocationSize = entry.Length, BufferSize = 0 };
        await using var file = new FileStream(path, options);
        if (entry.DataStream is { } data)
        {
            await data.CopyToAsync(file, 256 * 1024, cancellationToken).ConfigureAwait(false);
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
