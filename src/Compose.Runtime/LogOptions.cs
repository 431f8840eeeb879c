namespace Compose.Runtime;

public sealed record LogOptions
{
    public bool Follow { get; init; }
    public DateTimeOffset? Since { get; init; }
    public DateTimeOffset? Until { get; init; }

    /// <summary>Only the last N lines; null = all.</summary>
    public int? Tail { get; init; }

    public bool Timestamps { get; init; }
    public bool Stdout { get; init; } = true;
    public bool Stderr { get; init; } = true;

    /// <summary>Whether the container has a TTY (its output is then one raw stream); null = ask the engine.</summary>
    public bool? Tty { get; init; }
}
