using System.Collections.Immutable;

namespace Compose.Runtime;

public sealed record DeviceRequestSpec
{
    public string? Driver { get; init; }

    /// <summary>-1 = all.</summary>
    public int? Count { get; init; }
    public ImmutableArray<string> DeviceIds { get; init; } = [];
    public ImmutableArray<string> Capabilities { get; init; } = [];
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
