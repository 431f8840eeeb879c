using Compose.Cli.Formatting;
using Compose.Execution;
using Compose.Output;

namespace Compose.Cli.Rendering;

/// <summary>
/// <c>--progress json</c>: one JSON object per state change, one per line, for tools:
/// <c>{"time":…,"id":"Container demo-web-1","kind":"Container","name":"demo-web-1","status":"done","text":"Started"}</c>
/// plus <c>detail</c> and <c>parent</c> when set.
/// </summary>
public sealed class JsonProgressRenderer(TextWriter writer, TimeProvider time) : IProgressSink
{
    private readonly Lock _gate = new();

    public void Report(ProgressEvent progressEvent)
    {
        var line = Format(progressEvent, time.GetUtcNow());
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }

    public static string Format(ProgressEvent progressEvent, DateTimeOffset now)
    {
        List<KeyValuePair<string, object?>> fields =
        [
            new("time", now),
            new("id", $"{progressEvent.Kind} {progressEvent.Name}"),
            new("kind", progressEvent.Kind),
            new("name", progressEvent.Name),
            new("status", progressEvent.Status.ToString().ToLowerInvariant()),
            new("text", progressEvent.Text),
        ];
        if (progressEvent.Detail is { } detail)
        {
            fields.Add(new("detail", detail));
        }

        if (progressEvent.Parent is { } parent)
        {
            fields.Add(new("parent", parent));
        }

        return JsonOutput.WriteCompact(fields);
    }
}
