using System.Collections.Immutable;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Map-shaped values: <c>KEY=VALUE</c> lists or mappings into sorted string maps.</summary>
public static class BindingMaps
{
    /// <summary>Labels, sysctls, driver options...: a missing value is an empty string.</summary>
    public static ImmutableSortedDictionary<string, string> Strings(Node node, string path) =>
        ModelMaps.From(NodeReader.KeyValueMap(node, path).Select(kv => KeyValuePair.Create(kv.Key, kv.Value ?? "")));

    /// <summary>A mapping whose values are bound one by one, with the entry's path.</summary>
    public static ImmutableSortedDictionary<string, T> Entries<T>(Node node, string path, Func<Node, string, T> bind)
    {
        var mapping = NodeReader.Mapping(node, path);
        return ModelMaps.From(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, bind(e.Value, $"{path}.{e.Key.Value}"))));
    }
}
