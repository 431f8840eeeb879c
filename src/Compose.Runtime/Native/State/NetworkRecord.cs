using System.Collections.Immutable;

namespace Compose.Runtime.Native.State;

/// <summary>A bridge network: what it was created from, and the bridge and subnet netavark is given for it.</summary>
public sealed record NetworkRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Driver { get; init; } = "bridge";
    public DateTimeOffset Created { get; init; }
    public bool Internal { get; init; }
    public bool Attachable { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The host's bridge interface (<c>cctl</c> and a number, never Docker's or podman's names).</summary>
    public required string BridgeName { get; init; }

    /// <summary>CIDR, e.g. <c>10.89.3.0/24</c>.</summary>
    public required string Subnet { get; init; }
    public required string Gateway { get; init; }

    /// <summary>The range addresses are given from (CIDR), when narrower than the subnet.</summary>
    public string? IpRange { get; init; }

    /// <summary>Whether the subnet was chosen by us (so a later network may not take it) or given by the user.</summary>
    public bool SubnetChosen { get; init; }
}
