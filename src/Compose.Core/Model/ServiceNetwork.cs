using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>A service's attachment to one network.</summary>
public sealed record ServiceNetwork
{
    public static ServiceNetwork Default { get; } = new();

    public ImmutableArray<string> Aliases { get; init; } = [];
    public string? Ipv4Address { get; init; }
    public string? Ipv6Address { get; init; }
    public ImmutableArray<string> LinkLocalIps { get; init; } = [];
    public string? MacAddress { get; init; }
    public ImmutableSortedDictionary<string, string> DriverOpts { get; init; } = ModelMaps.Empty<string>();

    /// <summary>Connection order: higher first.</summary>
    public int Priority { get; init; }

    /// <summary>Which network provides the default gateway: higher wins.</summary>
    public int GwPriority { get; init; }

    public string? InterfaceName { get; init; }
}
