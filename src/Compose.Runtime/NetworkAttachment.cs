using System.Collections.Immutable;

namespace Compose.Runtime;

/// <summary>A container's endpoint on one network.</summary>
public sealed record NetworkAttachment(string NetworkName, ImmutableArray<string> Aliases)
{
    public string? IPv4Address { get; init; }
    public string? IPv6Address { get; init; }
    public ImmutableArray<string> LinkLocalIPs { get; init; } = [];
    public string? MacAddress { get; init; }
    public ImmutableSortedDictionary<string, string> DriverOptions { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Higher first when choosing the primary network (the engine's gateway priority on API 1.48+).</summary>
    public int Priority { get; init; }
}
