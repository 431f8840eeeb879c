namespace Compose.Execution;

/// <summary>Where progress goes; implementations must accept calls from several threads at once.</summary>
public interface IProgressSink
{
    void Report(ProgressEvent progressEvent);
}
