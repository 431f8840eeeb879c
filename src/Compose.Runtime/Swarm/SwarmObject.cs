using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>A stored secret or config (never its data: the engine does not return a secret's).</summary>
public sealed record SwarmObject
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public DateTimeOffset CreatedAt { get; init; }
}
