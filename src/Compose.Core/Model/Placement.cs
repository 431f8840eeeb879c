using System.Collections.Immutable;

namespace Compose.Model;

/// <summary><c>deploy.placement</c> (swarm only; kept for <c>config</c>). Preferences are the <c>spread</c> labels.</summary>
public sealed record Placement
{
    public ImmutableArray<string> Constraints { get; init; } = [];
    public ImmutableArray<string> Preferences { get; init; } = [];
    public int? MaxReplicasPerNode { get; init; }
}
