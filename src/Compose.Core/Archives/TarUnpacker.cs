using System.Formats.Tar;
using Compose.Errors;

namespace Compose.Archives;

/// <summary>
/// Extracts a container's tar into a local directory, renaming the archive's root entry (the copied file or
/// directory) to <paramref name="rootName"/>. Entries that would land outside the target are refused.
/// </summary>
internal static class TarUnpacker
{
    public static async Task UnpackAsync(Stream tar, string directory, string rootName, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        await using var reader = new TarReader(tar, leaveOpen: true);
        string? archiveRoot = null;
        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
        {
            var name = entry.Name.TrimEnd('/');
            archiveRoot ??= name.Split('/')[0];
            var relative = rootName + name[archiveRoot.Length..];
            var destination = Path.GetFullPath(Path.Combine(root, relative));
            if (!destination.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && destination != root)
            {
                throw new ComposeException($"the archive entry '{entry.Name}' points outside {root}; nothing more was extracted.");
            }

            await ExtractAsync(entry, destination, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ExtractAsync(TarEntry entry, string destination, CancellationToken cancellationToken)
    {
        switch (entry.EntryType)
        {
            case TarEntryType.Directory:
                Directory.CreateDirectory(destination);
                break;
            case TarEntryType.SymbolicLink:
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Delete(destination);
                File.CreateSymbolicLink(destination, entry.LinkName);
                break;
            case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                await entry.ExtractToFileAsync(destination, overwrite: true, cancellationToken).ConfigureAwait(false);
                break;
            default:
                // Devices, fifos and hard links are skipped, as a copy out of a container has no use for them.
                return;
        }

        if (!OperatingSystem.IsWindows() && entry.EntryType != TarEntryType.SymbolicLink)
        {
            File.SetUnixFileMode(destination, entry.Mode);
        }
    }
}
