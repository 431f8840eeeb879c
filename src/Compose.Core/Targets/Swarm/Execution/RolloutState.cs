using System.Collections.Immutable;

namespace Compose.Targets.Swarm.Execution;

/// <summary>
/// Where a rollout stands: <see cref="Done"/> (with what went wrong on the way but was overcome, as warnings),
/// still <see cref="Waiting"/> (with the progress to show), or <see cref="Failed"/> for good (with the tasks' errors).
/// </summary>
public abstract record RolloutState
{
    public sealed record Done(ImmutableArray<string> Warnings) : RolloutState;

    public sealed record Waiting(string Progress) : RolloutState;

    public sealed record Failed(string Reason) : RolloutState;
}
