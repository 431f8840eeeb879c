using System.Collections.Immutable;

namespace Compose.Runtime.Native.State;

/// <summary>A container's interface on one network: the address it was given and the names it answers to.</summary>
public sealed record EndpointRecord
{
    public required string NetworkName { get; init; }
    public required string NetworkId { get; init; }
    public required string InterfaceName { get; init; }
    public required string IPv4Address { get; init; }
    public string? MacAddress { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];
}
