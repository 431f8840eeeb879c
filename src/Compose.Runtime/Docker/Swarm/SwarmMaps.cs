using System.Collections.Immutable;

namespace Compose.Runtime.Docker.Swarm;

/// <summary>Empty collections go on the wire as absent (the engine's omitempty) and absent ones read back as empty.</summary>
internal static class SwarmMaps
{
    public static Dictionary<string, string>? ToWire(ImmutableSortedDictionary<string, string> map) =>
        map.IsEmpty ? null : new Dictionary<string, string>(map, StringComparer.Ordinal);

    public static ImmutableSortedDictionary<string, string> FromWire(Dictionary<string, string>? map) =>
        map is null ? ImmutableSortedDictionary<string, string>.Empty : ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, map);

    public static T[]? ToWire<T>(ImmutableArray<T> items) => items.IsDefaultOrEmpty ? null : [.. items];

    public static ImmutableArray<T> FromWire<T>(T[]? items) => items is null ? [] : [.. items];
}
