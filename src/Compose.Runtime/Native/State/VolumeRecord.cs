using System.Collections.Immutable;

namespace Compose.Runtime.Native.State;

/// <summary>A volume: a directory (<c>_data</c>) under the state root, with its labels.</summary>
public sealed record VolumeRecord
{
    public required string Name { get; init; }
    public string Driver { get; init; } = "local";
    public DateTimeOffset Created { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
