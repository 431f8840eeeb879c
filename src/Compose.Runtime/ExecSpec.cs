using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record ExecSpec
{
    public required ImmutableArray<string> Command { get; init; }

    /// <summary><c>KEY=VALUE</c> entries added to the container's environment.</summary>
    public ImmutableArray<string> Environment { get; init; } = [];
    public string? User { get; init; }
    public string? WorkingDirectory { get; init; }
    public bool Tty { get; init; }
    public bool AttachStdin { get; init; }
    public bool AttachStdout { get; init; } = true;
    public bool AttachStderr { get; init; } = true;
    public bool Privileged { get; init; }
    public string? DetachKeys { get; init; }
}
