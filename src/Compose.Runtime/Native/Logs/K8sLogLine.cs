using System.Globalization;

namespace Compose.Runtime.Native.Logs;

/// <summary>
/// One line of conmon's k8s-file log: <c>TIMESTAMP STREAM TAG TEXT</c>, the tag <c>F</c> for a full line or <c>P</c>
/// for a partial one (a line longer than conmon's buffer, or output without its newline yet), which the next
/// line continues.
/// </summary>
internal readonly record struct K8sLogLine(DateTimeOffset Time, OutputStream Stream, bool Partial, string Text)
{
    public static bool TryParse(string line, out K8sLogLine parsed)
    {
        parsed = default;
        var first = line.IndexOf(' ', StringComparison.Ordinal);
        var second = first < 0 ? -1 : line.IndexOf(' ', first + 1);
        if (second < 0 || second + 2 > line.Length
            || !DateTimeOffset.TryParse(line.AsSpan(0, first), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return false;
        }

        var stream = line.AsSpan(first + 1, second - first - 1) switch
        {
            "stderr" => OutputStream.Stderr,
            _ => OutputStream.Stdout,
        };
        var partial = line[second + 1] == 'P';
        var text = second + 3 <= line.Length ? line[(second + 3)..] : "";
        parsed = new K8sLogLine(time, stream, partial, text);
        return true;
    }
}
