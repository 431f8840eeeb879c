using Compose.Execution;

namespace Compose.Cli.Rendering;

/// <summary>One line per state change, no control characters: for logs, CI and pipes (<c>--progress plain</c>).</summary>
public sealed class PlainProgressRenderer(TextWriter writer) : IProgressSink
{
    private readonly Lock _gate = new();

    public void Report(ProgressEvent progressEvent)
    {
        var line = Format(progressEvent);
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
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
    private static string StripControl(string text) =>
        text.Any(char.IsControl) ? new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)]) : text;
}
