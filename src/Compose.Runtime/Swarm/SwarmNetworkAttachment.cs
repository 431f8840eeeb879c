using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>A network the tasks join, by name, with the extra names they answer to there.</summary>
public sealed record SwarmNetworkAttachment
{
    public required string Target { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];
    public ImmutableSortedDictionary<string, string> DriverOptions { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
