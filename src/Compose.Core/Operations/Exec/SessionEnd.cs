namespace Compose.Operations.Exec;

/// <summary>How an interactive session ended.</summary>
public enum SessionEnd
{
    /// <summary>The process closed its output (it exited, or the engine ended the stream).</summary>
    Exited,

    /// <summary>The user typed the detach keys: the process still runs, composectl lets go of it.</summary>
    Detached,
}
