using Compose.Execution;

namespace Compose.Cli.Rendering;

/// <summary>
/// <c>--progress quiet</c>: only failures and warnings, as plain lines (a failed pull that a build replaces is a
/// warning, and the command goes on; one with nothing to replace it is an error and the command fails).
/// </summary>
public sealed class QuietProgressRenderer(TextWriter writer) : IProgressSink
{
    private readonly PlainProgressRenderer _plain = new(writer);

    public void Report(ProgressEvent progressEvent)
    {
        if (progressEvent.Status is ProgressStatus.Error or ProgressStatus.Warning)
        {
            _plain.Report(progressEvent);
        }
    }
}
