using System.Formats.Tar;
using Compose.Planning;

namespace Compose.Archives;

/// <summary>
/// The tar a container receives its copied secrets and configs in: one file entry per target (the engine creates
/// missing parent directories), with the owner and mode the compose file asks for.
/// </summary>
public static class FileArchive
{
    public static async Task<MemoryStream> BuildAsync(IEnumerable<InjectedFile> files, CancellationToken cancellationToken)
    {
        var archive = new MemoryStream();
        await using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var content = file.HostPath is { } path
                    ? await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)
                    : System.Text.Encoding.UTF8.GetBytes(file.Inline ?? "");
                var entry = new PaxTarEntry(TarEntryType.RegularFile, file.Target.TrimStart('/'))
                {
                    Mode = (UnixFileMode)file.Mode,
                    Uid = file.Uid,
                    Gid = file.Gid,
                    DataStream = new MemoryStream(content),
                };
                await writer.WriteEntryAsync(entry, cancellationToken).ConfigureAwait(false);
            }
        }

        archive.Position = 0;
        return archive;
    }
}
