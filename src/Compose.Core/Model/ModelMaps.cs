using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>The one way the model builds its maps: ordinal order, so output and hashes never depend on culture.</summary>
public static class ModelMaps
{
    /// <summary>One shared empty map per value type, so default-valued records compare equal.</summary>
    public static ImmutableSortedDictionary<string, T> Empty<T>() => EmptyMap<T>.Instance;

    public static ImmutableSortedDictionary<string, T> From<T>(IEnumerable<KeyValuePair<string, T>> entries) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries);

    private static class EmptyMap<T>
    {
        public static readonly ImmutableSortedDictionary<string, T> Instance =
            ImmutableSortedDictionary<string, T>.Empty.WithComparers(StringComparer.Ordinal);
    }
}
