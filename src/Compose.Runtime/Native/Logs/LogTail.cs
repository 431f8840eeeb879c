using System.Text;

namespace Compose.Runtime.Native.Logs;

/// <summary>Reads the complete lines appended to a log file since the last call; the file may not exist yet.</summary>
internal sealed class LogTail(string path) : IDisposable
{
    private FileStream? _stream;
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly StringBuilder _pending = new();

    public IEnumerable<K8sLogLine> ReadLines()
    {
        if (_stream is null)
        {
            if (!File.Exists(path))
            {
                return [];
            }

            _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }

        var buffer = new byte[16384];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
        int read;
        while ((read = _stream.Read(buffer)) > 0)
        {
            _pending.Append(chars, 0, _decoder.GetChars(buffer, 0, read, chars, 0));
        }

        var text = _pending.ToString();
        var end = text.LastIndexOf('\n');
        if (end < 0)
        {
            return [];
        }

        _pending.Clear().Append(text[(end + 1)..]);
        var lines = new List<K8sLogLine>();
        foreach (var line in text[..end].Split('\n'))
        {
            if (K8sLogLine.TryParse(line, out var parsed))
            {
                lines.Add(parsed);
            }
        }

        return lines;
    }

    public void Dispose() => _stream?.Dispose();
}
