namespace Compose.Operations.Exec;

/// <summary><c>attach</c>'s flags: <c>--no-stdin</c>, <c>--detach-keys</c>, <c>--sig-proxy</c>.</summary>
public sealed record AttachRequest
{
    public bool NoStdin { get; init; }

    public string? DetachKeys { get; init; }

    /// <summary>Without a TTY, the first interrupt goes to the process (on by default, as docker).</summary>
    public bool SignalProxy { get; init; } = true;
}
