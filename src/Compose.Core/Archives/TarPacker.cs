using System.Formats.Tar;

namespace Compose.Archives;

/// <summary>
/// Writes a local file or directory tree into a tar stream under a chosen root name (how <c>cp</c> renames on the
/// way in). Symbolic links are stored as links, except the source itself with <c>-L</c>. Without <c>-a</c> entries
/// are owned by root, so the copy belongs to the container's root user as with docker cp; with it they keep the
/// local uid/gid. <c>cp</c> packs whole trees; <c>watch</c> writes chosen entries one by one.
/// </summary>
public static class TarPacker
{
    public static async Task PackAsync(string source, string rootName, Stream output, bool keepOwner, bool followLink, CancellationToken cancellationToken)
    {
        await using var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true);
        var info = new FileInfo(source);
        var resolved = followLink && info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? source : source;
        await WriteAsync(writer, resolved, rootName, keepOwner, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes one entry for <paramref name="path"/> (a directory without its contents, a link as a link) and
    /// returns whether it was a directory to descend into.
    /// </summary>
    public static async Task<bool> WriteEntryAsync(TarWriter writer, string path, string entryName, bool keepOwner, CancellationToken cancellationToken)
    {
        var attributes = File.GetAttributes(path);
        var isLink = (attributes & FileAttributes.ReparsePoint) != 0;
        var isDirectory = (attributes & FileAttributes.Directory) != 0 && !isLink;
        if (keepOwner)
        {
            // The framework reads mode, owner and times from the file itself.
            await writer.WriteEntryAsync(path, isDirectory ? entryName + "/" : entryName, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await WriteRootOwnedAsync(writer, path, entryName, isDirectory, isLink, cancellationToken).ConfigureAwait(false);
        }

        return isDirectory;
    }

    private static async Task WriteAsync(TarWriter writer, string path, string entryName, bool keepOwner, CancellationToken cancellationToken)
    {
        if (await WriteEntryAsync(writer, path, entryName, keepOwner, cancellationToken).ConfigureAwait(false))
        {
            foreach (var child in Directory.EnumerateFileSystemEntries(path).Order(StringComparer.Ordinal))
            {
                await WriteAsync(writer, child, $"{entryName}/{Path.GetFileName(child)}", keepOwner, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteRootOwnedAsync(TarWriter writer, string path, string entryName, bool isDirectory, bool isLink, CancellationToken cancellationToken)
    {
        var type = isDirectory ? TarEntryType.Directory : isLink ? TarEntryType.SymbolicLink : TarEntryType.RegularFile;
        var entry = new PaxTarEntry(type, isDirectory ? entryName + "/" : entryName)
        {
            Mode = OperatingSystem.IsWindows() ? (UnixFileMode)0b110_100_100 : File.GetUnixFileMode(path),
            ModificationTime = File.GetLastWriteTimeUtc(path),
            Uid = 0,
            Gid = 0,
        };
        if (isLink)
        {
            entry.LinkName = new FileInfo(path).LinkTarget ?? "";
        }

        await using var data = type == TarEntryType.RegularFile ? File.OpenRead(path) : null;
        if (data is not null)
        {
            entry.DataStream = data;
        }

        await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
    }
}
