using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Compose.Images;

/// <summary>
/// The pull history as a small JSON file (by default <c>$XDG_STATE_HOME/composectl/pulls.json</c>, else
/// <c>~/.local/state/composectl/pulls.json</c>): <c>{"version":1,"pulls":{"REFERENCE":{"id":"sha256:…","at":"…"}}}</c>.
/// A record counts only while the engine still has that image id behind the reference, so a file shared by several
/// engines, or an image replaced by other means, never skips a pull it should not. Writers take a lock file and
/// replace the file atomically, so concurrent composectl runs neither corrupt it nor lose each other's records.
/// </summary>
public sealed class PullHistoryFile(string path, TimeProvider time) : IPullHistory
{
    /// <summary>Oldest records are dropped beyond this, so the file stays small.</summary>
    private const int MaxRecords = 1000;

    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    public string Path { get; } = path;

    /// <summary>The default location for an environment; null when it has neither <c>XDG_STATE_HOME</c> nor <c>HOME</c>.</summary>
    public static string? DefaultPath(IReadOnlyDictionary<string, string> environment)
    {
        var state = environment.GetValueOrDefault("XDG_STATE_HOME") is { Length: > 0 } xdg ? xdg
            : environment.GetValueOrDefault("HOME") is { Length: > 0 } home ? System.IO.Path.Combine(home, ".local", "state")
            : null;
        return state is null ? null : System.IO.Path.Combine(state, "composectl", "pulls.json");
    }

    public async Task<ImmutableArray<PullRecord>> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, useAsync: true);
            using var document = await JsonDocument.ParseAsync(file, cancellationToken: cancellationToken).ConfigureAwait(false);
            return Parse(document.RootElement);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException or InvalidOperationException or FormatException)
        {
            // No history yet, or an unreadable one: every refreshing policy pulls, and the next record rewrites it.
            return [];
        }
    }

    public async Task RecordAsync(IReadOnlyCollection<PullRecord> pulls, CancellationToken cancellationToken)
    {
        if (pulls.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var held = await LockAsync(cancellationToken).ConfigureAwait(false);
        var records = (await ReadAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Reference, StringComparer.Ordinal);
        foreach (var pull in pulls)
        {
            records[pull.Reference] = pull;
        }

        var temporary = $"{Path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, Serialize(records.Values.OrderByDescending(r => r.PulledAt).Take(MaxRecords)), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, Path, overwrite: true);
    }

    private static ImmutableArray<PullRecord> Parse(JsonElement root)
    {
        if (!root.TryGetProperty("pulls", out var pulls) || pulls.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return [.. pulls.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Object)
            .Select(p => new PullRecord(
                p.Name,
                p.Value.GetProperty("id").GetString() ?? "",
                DateTimeOffset.Parse(p.Value.GetProperty("at").GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)))];
    }

    private static byte[] Serialize(IEnumerable<PullRecord> records)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartObject("pulls");
            foreach (var record in records.OrderBy(r => r.Reference, StringComparer.Ordinal))
            {
                writer.WriteStartObject(record.Reference);
                writer.WriteString("id", record.ImageId);
                writer.WriteString("at", record.PulledAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>An exclusive lock file beside the history; another composectl holding it is waited for, briefly.</summary>
    private async Task<FileStream> LockAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            try
            {
                // Kept after use: deleting it on close would let two writers lock two different files of the same name.
                return new FileStream(Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
            }
            catch (IOException) when (time.GetElapsedTime(started) < LockTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
