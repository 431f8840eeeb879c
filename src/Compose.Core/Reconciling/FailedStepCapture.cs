using Compose.Execution;

namespace Compose.Reconciling;

/// <summary>Passes progress on, and remembers the resource whose step reported an error (the step to back off from).</summary>
internal sealed class FailedStepCapture(IProgressSink inner) : IProgressSink
{
    private string? _failed;

    public string? FailedStep => Volatile.Read(ref _failed);

    public void Report(ProgressEvent progressEvent)
    {
        if (progressEvent.Status == ProgressStatus.Error)
        {
            Interlocked.CompareExchange(ref _failed, $"{progressEvent.Kind} {progressEvent.Name}", null);
        }

        inner.Report(progressEvent);
    }
}
