using System.Globalization;
using Compose.Runtime;

namespace Compose.Cli.Rendering;

/// <summary>
/// Log lines as docker compose prints them: <c>web-1  | text</c>, the name padded to the longest one shown plus one,
/// the prefix in the service's colour; <c>-t</c> puts the engine's timestamp before the text; <c>--no-log-prefix</c>
/// prints the text alone. Thread-safe: names may be added while lines are printed.
/// </summary>
public sealed class LogPrefixer(ServiceColors colors, bool prefix, bool timestamps)
{
    private readonly Lock _gate = new();
    private int _width;

    /// <summary>Makes room for a name (new containers appear while following).</summary>
    public void Register(string name)
    {
        lock (_gate)
        {
            _width = Math.Max(_width, name.Length + 1);
        }
    }

    public string Format(string name, string service, LogLine line)
    {
        var text = timestamps && line.Timestamp is { } time
            ? $"{time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture)}00Z {line.Text}"
            : line.Text;
        if (!prefix)
        {
            return text;
        }

        int width;
        lock (_gate)
        {
            width = _width;
        }

        return $"{colors.Paint(service, name.PadRight(width) + " |")} {text}";
    }
}
