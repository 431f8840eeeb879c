namespace Compose.Operations.Exec;

/// <summary>What <c>exec</c> runs, where: a service's container (by <c>--index</c>), and the exec's own settings.</summary>
public sealed record ExecRequest
{
    public required string Service { get; init; }

    public int? Index { get; init; }

    /// <summary>The exec, its TTY and attach flags included (<c>-d</c> attaches nothing).</summary>
    public required Runtime.ExecSpec Spec { get; init; }

    public bool Detach { get; init; }
}
