using Compose.Execution;

namespace Compose.Cli.Rendering;

/// <summary>
/// One line per state change, no control characters: for logs, CI and pipes (<c>--progress plain</c>). An entry's
/// end that only repeats the line it started with (a build step's instruction, shown again when the step is done)
/// is not printed again: plain output has no status column to make the repeat mean anything.
/// </summary>
public sealed class PlainProgressRenderer(TextWriter writer) : IProgressSink
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Kind, string? Parent, string Name), string> _firstLines = [];

    public void Report(ProgressEvent progressEvent)
    {
        var line = Format(progressEvent);
        lock (_gate)
        {
            if (Repeats(progressEvent, line))
            {
                return;
            }

            writer.WriteLine(line);
            writer.Flush();
        }
    }

    private bool Repeats(ProgressEvent progressEvent, string line)
    {
        var entry = (progressEvent.Kind, progressEvent.Parent, progressEvent.Name);
        if (!_firstLines.TryGetValue(entry, out var first))
        {
            _firstLines[entry] = line;
            return false;
        }

        var finished = progressEvent.Status is ProgressStatus.Done or ProgressStatus.Error;
        if (finished)
        {
            _firstLines.Remove(entry);
        }

        return finished && first == line;
    }

    /// <summary><c> Container demo-web-1  Started</c>; errors and warnings carry their detail after a colon.</summary>
    public static string Format(ProgressEvent progressEvent)
    {
        var prefix = progressEvent.Parent is { } parent ? $" {parent} {progressEvent.Name}" : $" {progressEvent.Kind} {progressEvent.Name}";
        var line = $"{prefix}  {progressEvent.Text}";
        if (progressEvent.Detail is { Length: > 0 } detail)
        {
            line += ": " + detail;
        }

        return StripControl(line);
    }

    /// <summary>Engine messages can carry escape sequences or line breaks; plain output must not.</summary>
    private static string StripControl(string text) => TerminalText.Strip(text);
}
