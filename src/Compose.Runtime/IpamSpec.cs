using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record IpamSpec
{
    public string? Driver { get; init; }
    public ImmutableArray<IpamPoolSpec> Config { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
