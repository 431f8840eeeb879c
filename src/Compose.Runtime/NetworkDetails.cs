using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>A network as inspected: the listing plus its IPAM settings and the containers on it.</summary>
public sealed record NetworkDetails
{
    public required NetworkInfo Summary { get; init; }
    public IpamSpec? Ipam { get; init; }

    /// <summary>Attached containers: id → name.</summary>
    public ImmutableSortedDictionary<string, string> Containers { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
