using System.Collections.Immutable;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Turns a subtree into plain data (string, list, sorted map, null) for extension fields.</summary>
public static class PlainData
{
    public static object? From(Node node) => node switch
    {
        ScalarNode { IsNull: true } => null,
        ScalarNode scalar => scalar.Value,
        SequenceNode sequence => sequence.Items.Select(From).ToImmutableArray(),
        MappingNode mapping => ModelMaps.From(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, From(e.Value)))),
        _ => null,
    };
}
