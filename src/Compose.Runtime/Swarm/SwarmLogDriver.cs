using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

public sealed record SwarmLogDriver
{
    public required string Name { get; init; }
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
