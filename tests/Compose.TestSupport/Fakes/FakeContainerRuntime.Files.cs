using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Formats.Tar;

namespace Compose.TestSupport.Fakes;

/// <summary>Files put into containers (archive uploads), readable by tests.</summary>
public sealed partial class FakeContainerRuntime
{
    private readonly ConcurrentDictionary<string, ImmutableSortedDictionary<string, FakeFile>> _files = new();

    /// <summary>The files uploaded into the named container, by absolute path.</summary>
    public ImmutableSortedDictionary<string, FakeFile> FilesOf(string name) =>
        _files.GetValueOrDefault(Container(name).Id, ImmutableSortedDictionary<string, FakeFile>.Empty);

    /// <summary>
    /// As Docker: the archive's owners are kept, except that <paramref name="copyOwnership"/> (copyUIDGID) gives every
    /// file to the container's configured user when it has one (numeric <c>uid[:gid]</c> here; Docker resolves a name
    /// on the engine's host).
    /// </summary>
    public async Task PutArchiveAsync(string id, string directory, Stream tar, bool copyOwnership, CancellationToken cancellationToken)
    {
        Record(new("copy", "files", NameOf(id)));
        var files = _files.GetValueOrDefault(id, ImmutableSortedDictionary<string, FakeFile>.Empty);
        var user = copyOwnership ? ConfiguredUser(id) : null;
        await using var reader = new TarReader(tar, leaveOpen: true);
        while (await reader.GetNextEntryAsync(copyData: true, cancellationToken) is { } entry)
        {
            using var content = new StreamReader(entry.DataStream ?? Stream.Null);
            var path = Path.Combine(directory, entry.Name);
            files = files.SetItem(path, new FakeFile(await content.ReadToEndAsync(cancellationToken), (int)entry.Mode, user?.Uid ?? entry.Uid, user?.Gid ?? entry.Gid));
        }

        _files[id] = files;
    }

    private (int Uid, int Gid)? ConfiguredUser(string id)
    {
        if (_details[id].User is not { Length: > 0 } user)
        {
            return null;
        }

        var parts = user.Split(':');
        var uid = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return (uid, parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : uid);
    }
}
