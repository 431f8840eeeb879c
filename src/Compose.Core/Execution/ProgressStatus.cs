namespace Compose.Execution;

public enum ProgressStatus
{
    Working,
    Done,
    Warning,
    Error,
}
