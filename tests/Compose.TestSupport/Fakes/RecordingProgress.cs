using System.Collections.Concurrent;
using Compose.Execution;

namespace Compose.TestSupport.Fakes;

/// <summary>Keeps every progress event, in order, as the plain renderer would print it.</summary>
public sealed class RecordingProgress : IProgressSink
{
    private readonly ConcurrentQueue<ProgressEvent> _events = new();

    public IReadOnlyList<ProgressEvent> Events => [.. _events];

    /// <summary>The events as plain lines: <c>Image demo-web Built</c>, <c>demo-web Step 1/2 FROM busybox</c>.</summary>
    public IReadOnlyList<string> Lines => [.. _events.Select(e => e.Parent is { } parent ? $"{parent} {e.Name} {e.Text}" : $"{e.Kind} {e.Name} {e.Text}")];

    public void Report(ProgressEvent progressEvent) => _events.Enqueue(progressEvent);
}
