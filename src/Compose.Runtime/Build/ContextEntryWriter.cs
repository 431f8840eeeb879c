using System.Formats.Tar;

namespace Compose.Runtime.Build;

/// <summary>
/// Walks a context directory in ordinal order and writes what the ignore rules keep. The tar writer reads each
/// entry's type itself (file, directory, symlink, fifo); owners are not reset because the builder creates every
/// copied file as root unless told otherwise.
/// </summary>
internal sealed class ContextEntryWriter(TarWriter writer, DockerIgnore ignore, string root)
{
    public async Task WriteDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        var children = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(i => i.Name, StringComparer.Ordinal);
        foreach (var child in children)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = Path.GetRelativePath(root, child.FullName).Replace('\\', '/');
            var ignored = ignore.IsIgnored(relative);
            if (child is DirectoryInfo { LinkTarget: null } subdirectory)
            {
                await WriteSubdirectoryAsync(subdirectory, relative, ignored, cancellationToken).ConfigureAwait(false);
            }
            else if (!ignored)
            {
                await WriteFileAsync(child.FullName, relative, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public Task WriteFileAsync(string path, string entryName, CancellationToken cancellationToken) =>
        writer.WriteEntryAsync(path, entryName, cancellationToken);

    private async Task WriteSubdirectoryAsync(DirectoryInfo directory, string relative, bool ignored, CancellationToken cancellationToken)
    {
        if (ignored && !ignore.MustDescend(relative))
        {
            return;
        }

        if (!ignored)
        {
            await writer.WriteEntryAsync(directory.FullName, relative, cancellationToken).ConfigureAwait(false);
        }

        await WriteDirectoryAsync(directory.FullName, cancellationToken).ConfigureAwait(false);
    }
}
