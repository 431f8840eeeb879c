using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Formats.Tar;

namespace Compose.Tests.Fakes;

/// <summary>Files put into containers (archive uploads), readable by tests.</summary>
public sealed partial class FakeContainerRuntime
{
    private readonly ConcurrentDictionary<string, ImmutableSortedDictionary<string, FakeFile>> _files = new();

    /// <summary>The files uploaded into the named container, by absolute path.</summary>
    public ImmutableSortedDictionary<string, FakeFile> FilesOf(string name) =>
        _files.GetValueOrDefault(Container(name).Id, ImmutableSortedDictionary<string, FakeFile>.Empty);

    public async Task PutArchiveAsync(string id, string directory, Stream tar, bool copyOwnership, CancellationToken cancellationToken)
    {
        Record($"copy files to {NameOf(id)}");
        var files = _files.GetValueOrDefault(id, ImmutableSortedDictionary<string, FakeFile>.Empty);
        await using var reader = new TarReader(tar, leaveOpen: true);
        while (await reader.GetNextEntryAsync(copyData: true, cancellationToken) is { } entry)
        {
            using var content = new StreamReader(entry.DataStream ?? Stream.Null);
            var path = Path.Combine(directory, entry.Name);
            files = files.SetItem(path, new FakeFile(await content.ReadToEndAsync(cancellationToken), (int)entry.Mode, copyOwnership ? entry.Uid : 0, copyOwnership ? entry.Gid : 0));
        }

        _files[id] = files;
    }
}
