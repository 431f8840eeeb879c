using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record NetworkCreateSpec
{
    public required string Name { get; init; }
    public string Driver { get; init; } = "bridge";
    public bool Internal { get; init; }
    public bool Attachable { get; init; }
    public bool EnableIPv6 { get; init; }

    /// <summary>IPv4 is on unless set to false (API 1.47+ honours it).</summary>
    public bool? EnableIPv4 { get; init; }
    public IpamSpec? Ipam { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
