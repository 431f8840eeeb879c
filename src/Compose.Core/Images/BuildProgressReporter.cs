using System.Text.RegularExpressions;
using Compose.Execution;
using Compose.Runtime;

namespace Compose.Images;

/// <summary>
/// Turns the classic builder's output into progress: the image being built, and under it one line per Dockerfile
/// step (<c>Step 2/4</c>) showing its instruction, then the step's latest output line while it runs, and
/// <c>(cached)</c> when the builder reused it. Keeps the last output lines so a failed step can show them.
/// </summary>
internal sealed partial class BuildProgressReporter(IProgressSink progress, string image, bool quiet)
{
    private const int KeptLines = 30;
    private readonly Queue<string> _tail = new();
    private string? _step;
    private string _instruction = "";
    private bool _cached;

    /// <summary>The id the builder reported for the image (its <c>aux</c> message); null when it sent none.</summary>
    public string? ImageId { get; private set; }

    /// <summary>Every step was taken from the cache.</summary>
    public bool FullyCached { get; private set; } = true;

    /// <summary>The step that was running, for a failure's message: <c>Step 2/4 : RUN make</c>.</summary>
    public string? CurrentStep => _step is null ? null : $"{_step} : {_instruction}";

    /// <summary>The last lines the running step printed (the builder's error rarely says more than the exit code).</summary>
    public IReadOnlyCollection<string> OutputTail => _tail;

    public void Start() => Report(ProgressEvent.Working("Image", image, "Building"));

    public void Observe(ImageProgress message)
    {
        if (message.ImageId is { } id)
        {
            ImageId = id;
        }

        // A step's colours (ESC[91m…) belong to a terminal, not to progress lines, CI logs or the failure's tail.
        foreach (var line in (message.Output ?? "").Split('\n').Select(l => TerminalText.Strip(l).Trim()).Where(l => l.Length > 0))
        {
            ObserveLine(line);
        }
    }

    public void Complete()
    {
        FinishStep();
        Report(ProgressEvent.Done("Image", image, FullyCached && _step is not null ? "Built (cached)" : "Built"));
    }

    public void Fail(string reason)
    {
        if (_step is not null)
        {
            Report(new ProgressEvent("Step", _step, ProgressStatus.Error, _instruction) { Parent = image });
        }

        progress.Report(ProgressEvent.Error("Image", image, "Error", reason));
    }

    private void ObserveLine(string line)
    {
        if (StepLine().Match(line) is { Success: true } step)
        {
            FinishStep();
            _step = $"Step {step.Groups[1].Value}";
            _instruction = step.Groups[2].Value;
            _cached = false;
            _tail.Clear();
            Report(new ProgressEvent("Step", _step, ProgressStatus.Working, _instruction) { Parent = image });
        }
        else if (line == "---> Using cache")
        {
            _cached = true;
        }
        else if (!BuilderLine().IsMatch(line))
        {
            Keep(line);
            if (_step is not null)
            {
                Report(new ProgressEvent("Step", _step, ProgressStatus.Working, line) { Parent = image });
            }
        }
    }

    private void FinishStep()
    {
        if (_step is null)
        {
            return;
        }

        FullyCached &= _cached || _instruction.StartsWith("FROM ", StringComparison.OrdinalIgnoreCase);
        Report(new ProgressEvent("Step", _step, ProgressStatus.Done, _cached ? $"{_instruction} (cached)" : _instruction) { Parent = image });
    }

    private void Keep(string line)
    {
        _tail.Enqueue(line);
        if (_tail.Count > KeptLines)
        {
            _tail.Dequeue();
        }
    }

    private void Report(ProgressEvent progressEvent)
    {
        if (!quiet)
        {
            progress.Report(progressEvent);
        }
    }

    [GeneratedRegex(@"^Step (\d+/\d+) : (.*)$")]
    private static partial Regex StepLine();

    /// <summary>The builder's own bookkeeping, not the step's output.</summary>
    [GeneratedRegex(@"^(---> |Successfully built |Successfully tagged |Removing intermediate container )")]
    private static partial Regex BuilderLine();
}
