using System.Text;
using System.Text.Json;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Events;

/// <summary>Reads the complete lines appended to an event log since the last call (a line still being written waits for the next).</summary>
internal sealed class EventFileReader(string path) : IDisposable
{
    private FileStream? _stream;
    private readonly StringBuilder _partial = new();
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();

    public List<EventRecord> ReadNew()
    {
        var records = new List<EventRecord>();
        if (_stream is null)
        {
            if (!File.Exists(path))
            {
                return records;
            }

            _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }

        var buffer = new byte[8192];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
        int read;
        while ((read = _stream.Read(buffer)) > 0)
        {
            // The decoder keeps a character split across reads for the next one.
            var count = _decoder.GetChars(buffer, 0, read, chars, 0);
            _partial.Append(chars, 0, count);
        }

        var text = _partial.ToString();
        var end = text.LastIndexOf('\n');
        if (end < 0)
        {
            return records;
        }

        foreach (var line in text[..end].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (JsonSerializer.Deserialize(line, NativeStateJsonContext.Default.EventRecord) is { } record)
            {
                records.Add(record);
            }
        }

        _partial.Clear().Append(text[(end + 1)..]);
        return records;
    }

    public void Dispose() => _stream?.Dispose();
}
