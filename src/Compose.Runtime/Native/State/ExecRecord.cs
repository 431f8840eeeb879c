namespace Compose.Runtime.Native.State;

/// <summary>An exec session: what to run, and once started its process and (when it ended) its exit code.</summary>
public sealed record ExecRecord
{
    public required string Id { get; init; }
    public required string ContainerId { get; init; }
    public required ExecSpec Spec { get; init; }
    public bool Running { get; init; }
    public int? Pid { get; init; }
    public int? ExitCode { get; init; }
}
