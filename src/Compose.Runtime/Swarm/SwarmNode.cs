using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>One node: <see cref="State"/> <c>ready</c>/<c>down</c>, <see cref="Availability"/> <c>active</c>/<c>pause</c>/<c>drain</c>.</summary>
public sealed record SwarmNode
{
    public required string Id { get; init; }
    public required string Hostname { get; init; }
    public string Role { get; init; } = "worker";
    public string Availability { get; init; } = "active";
    public string State { get; init; } = "unknown";
    public string? Address { get; init; }
    public bool Leader { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
