using Compose.Execution;

namespace Compose.Cli.Rendering;

/// <summary>One line per state change, no control characters: for logs, CI and pipes (<c>--progress plain</c>).</summary>
public sealed class PlainProgressRenderer(TextWriter writer) : IProgressSink
{
    private readonly Lock _gate = new();

    public void Report(ProgressEvent progressEvent)
    {
        var line = $" {progressEvent.Kind} {progressEvent.Name}  {progressEvent.Text}";
        if (progressEvent.Detail is { Length: > 0 } detail)
        {
            line += ": " + detail;
        }

        lock (_gate)
        {
            writer.WriteLine(line);
        }
    }
}
