namespace Compose.Execution;

public sealed class NullProgressSink : IProgressSink
{
    public static NullProgressSink Instance { get; } = new();

    public void Report(ProgressEvent progressEvent)
    {
    }
}
