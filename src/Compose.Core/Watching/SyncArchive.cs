using System.Formats.Tar;
using Compose.Archives;
using Compose.Execution;

namespace Compose.Watching;

/// <summary>
/// The tar that brings changed host paths into a container, extracted at <c>/</c>: each entry is named by its
/// container path. A directory is copied with its contents (files created before the watcher saw the new directory
/// come along), leaving out what its rule ignores; a path below another copied directory is not written twice.
/// </summary>
public static class SyncArchive
{
    public static async Task<MemoryStream> BuildAsync(IReadOnlyList<SyncPath> copies, CancellationToken cancellationToken)
    {
        var archive = new MemoryStream();
        await using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
        {
            var directories = copies.Where(c => Directory.Exists(c.HostPath)).Select(c => c.HostPath).ToList();
            foreach (var copy in copies.Where(c => !directories.Any(d => d != c.HostPath && WatchPaths.Below(d, c.HostPath) is not null)))
            {
                await WriteAsync(writer, copy.HostPath, copy.ContainerPath, copy.Trigger, cancellationToken).ConfigureAwait(false);
            }
        }

        archive.Position = 0;
        return archive;
    }

    private static async Task WriteAsync(TarWriter writer, string hostPath, string containerPath, WatchTrigger trigger, CancellationToken cancellationToken)
    {
        var entryName = containerPath.TrimStart('/');
        try
        {
            if (!await TarPacker.WriteEntryAsync(writer, hostPath, entryName, keepOwner: false, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Removed again since the batch was taken: the next batch removes it from the container.
            return;
        }

        foreach (var child in Directory.EnumerateFileSystemEntries(hostPath).Order(StringComparer.Ordinal))
        {
            var isDirectory = Directory.Exists(child) && !new FileInfo(child).Attributes.HasFlag(FileAttributes.ReparsePoint);
            if (isDirectory ? !trigger.IsExcluded(child) : trigger.Matches(child))
            {
                await WriteAsync(writer, child, $"{containerPath.TrimEnd('/')}/{Path.GetFileName(child)}", trigger, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
