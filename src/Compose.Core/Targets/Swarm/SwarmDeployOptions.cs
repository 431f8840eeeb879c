using Compose.Loading.Binding;

namespace Compose.Targets.Swarm;

/// <summary>
/// What a deploy is asked: <see cref="Prune"/> removes the stack's services gone from the files (and networks no
/// service uses any more); <see cref="Detach"/> returns once the changes are submitted instead of waiting for the
/// rollout. <see cref="Sources"/> locates warnings and refusals in the files.
/// </summary>
public sealed record SwarmDeployOptions
{
    public bool Prune { get; init; }
    public bool Detach { get; init; }

    /// <summary>How long a rollout may take before the deploy fails; null waits as long as the rollout makes progress.</summary>
    public TimeSpan? WaitTimeout { get; init; }

    public SourceMap Sources { get; init; } = SourceMap.Empty;
}
