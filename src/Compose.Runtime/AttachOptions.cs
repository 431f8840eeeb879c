namespace Compose.Runtime;

public sealed record AttachOptions
{
    public bool Stdin { get; init; }
    public bool Stdout { get; init; } = true;
    public bool Stderr { get; init; } = true;

    /// <summary>Also replay the output produced before attaching.</summary>
    public bool Logs { get; init; }

    /// <summary>The container has a TTY: output is one raw stream, not multiplexed.</summary>
    public bool Tty { get; init; }

    /// <summary>Key sequence that detaches (e.g. <c>ctrl-p,ctrl-q</c>); null = the engine's default.</summary>
    public string? DetachKeys { get; init; }
}
