using System.Formats.Tar;

namespace Compose.Cli.Commands.Copy;

/// <summary>
/// Writes a local file or directory tree into a tar stream under a chosen root name (how <c>cp</c> renames on the
/// way in). Symbolic links are stored as links, except the source itself with <c>-L</c>.
/// </summary>
internal static class TarPacker
{
    public static async Task PackAsync(string source, string rootName, Stream output, bool followLink, CancellationToken cancellationToken)
    {
        await using var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true);
        var info = new FileInfo(source);
        var resolved = followLink && info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? source : source;
        await WriteAsync(writer, resolved, rootName, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(TarWriter writer, string path, string entryName, CancellationToken cancellationToken)
    {
        var attributes = File.GetAttributes(path);
        var isLink = (attributes & FileAttributes.ReparsePoint) != 0;
        if ((attributes & FileAttributes.Directory) != 0 && !isLink)
        {
            await writer.WriteEntryAsync(path, entryName + "/", cancellationToken).ConfigureAwait(false);
            foreach (var child in Directory.EnumerateFileSystemEntries(path).Order(StringComparer.Ordinal))
            {
                await WriteAsync(writer, child, $"{entryName}/{Path.GetFileName(child)}", cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await writer.WriteEntryAsync(path, entryName, cancellationToken).ConfigureAwait(false);
    }
}
