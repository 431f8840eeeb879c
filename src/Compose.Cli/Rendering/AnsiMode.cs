namespace Compose.Cli.Rendering;

/// <summary><c>--ansi</c> (or <c>COMPOSE_ANSI</c>): when to write ANSI control characters.</summary>
public enum AnsiMode
{
    Auto,
    Never,
    Always,
}
