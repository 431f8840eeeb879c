using Compose.Planning.Steps;

namespace Compose.Planning;

/// <summary>
/// One replica after the create phase of <c>up</c>: which container it is (existing, or made by a step of this
/// plan), the step after which it exists in its final form (null when nothing was planned for it), and why it must
/// be started (null when it needs no start).
/// </summary>
internal sealed record PlannedReplica(int Number, string Resource, ContainerRef Container, int? ReadyStep, string? StartReason)
{
    /// <summary>Host ports the container publishes, for serializing starts that could collide.</summary>
    public IReadOnlyList<HostPortRange> HostPorts { get; init; } = [];

    /// <summary>For a kept container that is not running: how its start recovers from a stale engine task.</summary>
    public StaleTaskReplacement? Replacement { get; init; }
}
