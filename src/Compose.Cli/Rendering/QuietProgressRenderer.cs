using Compose.Execution;

namespace Compose.Cli.Rendering;

/// <summary><c>--progress quiet</c>: only failures, as plain lines.</summary>
public sealed class QuietProgressRenderer(TextWriter writer) : IProgressSink
{
    private readonly PlainProgressRenderer _plain = new(writer);

    public void Report(ProgressEvent progressEvent)
    {
        if (progressEvent.Status == ProgressStatus.Error)
        {
            _plain.Report(progressEvent);
        }
    }
}
