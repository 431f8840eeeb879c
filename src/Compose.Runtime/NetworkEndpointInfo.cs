using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record NetworkEndpointInfo
{
    public string? NetworkId { get; init; }
    public string? IPv4Address { get; init; }
    public string? IPv6Address { get; init; }
    public string? MacAddress { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];
}
