namespace Compose.Runtime;

/// <summary>What <c>wait</c> waits for: the engine's <c>not-running</c>, <c>next-exit</c> and <c>removed</c>.</summary>
public enum WaitCondition
{
    NotRunning,
    NextExit,
    Removed,
}
