using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record NetworkAttachment(string NetworkName, ImmutableArray<string> Aliases)
{
    public string? IPv4Address { get; init; }
    public string? IPv6Address { get; init; }
}
