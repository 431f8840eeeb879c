using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Events;

/// <summary>
/// Each group's (project's) events as JSON lines in <c>projects/GROUP/events.jsonl</c>, appended by whichever
/// process made the change (a command or the supervisor). Read as the engine's event stream: a replay from
/// <c>since</c>, then new lines as they are appended, up to <c>until</c>.
/// </summary>
internal sealed class EventLog(NativeRoot root, TimeProvider time)
{
    private static readonly TimeSpan FollowInterval = TimeSpan.FromMilliseconds(50);

    public string PathOf(string group) => Path.Combine(root.Projects, group, "events.jsonl");

    public async Task AppendAsync(string group, string type, string action, string id, ImmutableSortedDictionary<string, string> attributes, CancellationToken cancellationToken)
    {
        var record = new EventRecord(type, action, id, attributes, (time.GetUtcNow() - DateTimeOffset.UnixEpoch).Ticks * 100);
        var line = JsonSerializer.Serialize(record, NativeStateJsonContext.Default.EventRecord) + "\n";
        var path = PathOf(group);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // .NET writes a FileMode.Append stream at the end offset it found when opening (pwrite, not O_APPEND), so two
        // writers (composectl and the project's supervisor) could write over each other's line: each appends under a
        // lock of its own file, and opens the log only once it holds it.
        using var appending = await FileLock.AcquireAsync(path + ".lock", cancellationToken).ConfigureAwait(false);
        await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken).ConfigureAwait(false);
    }

    public IEnumerable<string> Groups() =>
        Directory.Exists(root.Projects) ? Directory.EnumerateDirectories(root.Projects).Select(Path.GetFileName).OfType<string>() : [];

    /// <summary>The events of the groups (all when null) from <paramref name="since"/>; with <paramref name="follow"/>, then the new ones until cancelled or <paramref name="until"/>.</summary>
    public async IAsyncEnumerable<EventRecord> ReadAsync(IReadOnlyCollection<string>? groups, DateTimeOffset? since, DateTimeOffset? until, bool follow,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var readers = new Dictionary<string, EventFileReader>(StringComparer.Ordinal);
        var sinceNano = since is { } s ? (s - DateTimeOffset.UnixEpoch).Ticks * 100 : long.MinValue;
        var untilNano = until is { } u ? (u - DateTimeOffset.UnixEpoch).Ticks * 100 + 99 : long.MaxValue;
        try
        {
            while (true)
            {
                foreach (var group in groups ?? Groups().ToList())
                {
                    if (!readers.TryGetValue(group, out var reader))
                    {
                        readers[group] = reader = new EventFileReader(PathOf(group));
                    }

                    foreach (var record in reader.ReadNew().Where(r => r.TimeNano >= sinceNano && r.TimeNano <= untilNano).OrderBy(r => r.TimeNano))
                    {
                        yield return record;
                    }
                }

                if (!follow || time.GetUtcNow() > until)
                {
                    yield break;
                }

                await Task.Delay(FollowInterval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            foreach (var reader in readers.Values)
            {
                reader.Dispose();
            }
        }
    }
}
