namespace Compose.Cli.Rendering;

/// <summary><c>--progress</c> (or <c>COMPOSE_PROGRESS</c>): how state changes are shown.</summary>
public enum ProgressMode
{
    /// <summary>A live tree when stderr is a terminal and ANSI is allowed, else plain lines.</summary>
    Auto,

    /// <summary>The live tree, even when the stream is not a terminal.</summary>
    Tty,

    /// <summary>One line per state change, no control characters.</summary>
    Plain,

    /// <summary>One JSON object per event, one per line.</summary>
    Json,

    /// <summary>Errors only.</summary>
    Quiet,
}
