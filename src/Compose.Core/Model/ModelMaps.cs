using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>The one way the model builds its maps: ordinal order, so output and hashes never depend on culture.</summary>
public static class ModelMaps
{
    public static ImmutableSortedDictionary<string, T> Empty<T>() =>
        ImmutableSortedDictionary<string, T>.Empty.WithComparers(StringComparer.Ordinal);

    public static ImmutableSortedDictionary<string, T> From<T>(IEnumerable<KeyValuePair<string, T>> entries) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries);
}
