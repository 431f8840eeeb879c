using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>A service's attachment to one network.</summary>
public sealed record ServiceNetwork
{
    public static ServiceNetwork Default { get; } = new();

    public ImmutableArray<string> Aliases { get; init; } = [];
    public string? Ipv4Address { get; init; }
    public string? Ipv6Address { get; init; }
    public int Priority { get; init; }
}
