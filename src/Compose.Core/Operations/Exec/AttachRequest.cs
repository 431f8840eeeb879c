namespace Compose.Operations.Exec;

/// <summary><c>attach</c>'s flags: <c>--no-stdin</c>, <c>--sig-proxy</c> (<c>--detach-keys</c> is the terminal's, <see cref="IContainerTerminal.DetachKeys"/>).</summary>
public sealed record AttachRequest
{
    public bool NoStdin { get; init; }

    /// <summary>Without a TTY, the first interrupt goes to the process (on by default, as docker).</summary>
    public bool SignalProxy { get; init; } = true;
}
