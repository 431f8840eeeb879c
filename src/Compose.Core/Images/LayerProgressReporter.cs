using System.Text.RegularExpressions;
using Compose.Execution;
using Compose.Runtime;

namespace Compose.Images;

/// <summary>
/// Turns a pull's or push's stream into progress: one line for the image with the bytes moved so far over the
/// total known, and one line per layer nested under it. A layer's byte counts are reported at most every 200 ms
/// (its state changes always), so plain and JSON output stay readable on a slow link.
/// </summary>
internal sealed partial class LayerProgressReporter(IProgressSink progress, string image, TransferKind kind, TimeProvider time, bool quiet)
{
    private static readonly TimeSpan Throttle = TimeSpan.FromMilliseconds(200);
    private readonly Dictionary<string, Layer> _layers = new(StringComparer.Ordinal);

    private sealed class Layer
    {
        public string Status { get; set; } = "";
        public long Current { get; set; }
        public long Total { get; set; }
        public long ReportedAt { get; set; }
    }

    /// <summary>The bytes of the layers that travelled (those already at the other end count nothing).</summary>
    public long TransferredBytes => _layers.Values.Sum(l => l.Total);

    /// <summary>The engine said the image was already up to date (a pull that changed nothing).</summary>
    public bool UpToDate { get; private set; }

    public void Start() => Report(ProgressEvent.Working("Image", image, kind.Working));

    public void Observe(ImageProgress message)
    {
        if (message.Status is not { } status)
        {
            return;
        }

        if (message.Id is { } id && LayerId().IsMatch(id))
        {
            ObserveLayer(id, status, message);
        }
        else if (status.StartsWith("Status: Image is up to date", StringComparison.Ordinal))
        {
            UpToDate = true;
        }
    }

    public void Complete()
    {
        var text = UpToDate ? $"{kind.Done} (up to date)" : TransferredBytes > 0 ? $"{kind.Done} {ByteText.Of(TransferredBytes)}" : kind.Done;
        Report(ProgressEvent.Done("Image", image, text));
    }

    public void Fail(string reason) => progress.Report(ProgressEvent.Error("Image", image, "Error", reason));

    private void ObserveLayer(string id, string status, ImageProgress message)
    {
        if (!_layers.TryGetValue(id, out var layer))
        {
            _layers[id] = layer = new Layer();
        }

        if (message.Total is { } total && status is "Downloading" or "Pushing")
        {
            // A push's count can overshoot its total (it counts what travels, the total is the layer's size).
            layer.Total = total;
            layer.Current = Math.Min(message.Current ?? layer.Current, total);
        }
        else if (kind.IsFinal(status) || status == "Download complete")
        {
            layer.Current = layer.Total;
        }

        var now = time.GetTimestamp();
        if (status == layer.Status && time.GetElapsedTime(layer.ReportedAt, now) < Throttle)
        {
            return;
        }

        layer.Status = status;
        layer.ReportedAt = now;
        var text = message.Total is { } size && message.Current is { } done ? $"{status} {ByteText.Of(Math.Min(done, size))}/{ByteText.Of(size)}" : status;
        Report(new ProgressEvent("Layer", id, kind.IsFinal(status) ? ProgressStatus.Done : ProgressStatus.Working, text) { Parent = image });
        ReportTotals();
    }

    private void ReportTotals()
    {
        var total = _layers.Values.Sum(l => l.Total);
        if (total > 0)
        {
            Report(ProgressEvent.Working("Image", image, $"{kind.Working} {ByteText.Of(_layers.Values.Sum(l => l.Current))}/{ByteText.Of(total)}"));
        }
    }

    private void Report(ProgressEvent progressEvent)
    {
        if (!quiet)
        {
            progress.Report(progressEvent);
        }
    }

    [GeneratedRegex("^[0-9a-f]{12}$")]
    private static partial Regex LayerId();
}
