using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Merging;

/// <summary>
/// Merges <c>KEY=value</c> lists and <c>KEY: value</c> mappings by key, across both forms (environment, labels,
/// extra_hosts...). Two mappings stay a mapping; otherwise the result is a list of <c>KEY=value</c> strings. A later
/// key replaces the earlier one in place; with <c>groups</c>, all of a key's entries are replaced together.
/// </summary>
internal sealed class KeyValueMerger(OverrideMerger merger, TreePath path)
{
    private sealed record Item(string? Key, Node Node, bool Reset);

    public Node? Merge(Node baseNode, Node overrideNode, Func<Node, string?> key, bool groups)
    {
        if (baseNode is MappingNode baseMapping && overrideNode is MappingNode overrideMapping)
        {
            return MergeMappings(baseMapping, overrideMapping);
        }

        var items = Items(baseNode, key);
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Items(overrideNode, key))
        {
            Apply(items, item, groups && item.Key is not null && !replaced.Add(item.Key), groups);
        }

        return new SequenceNode(baseNode.Location, [.. items.Select(i => i.Node)]);
    }

    /// <summary>Two mappings: a later key replaces the value (a null value means "from the shell", not "keep").</summary>
    private MappingNode MergeMappings(MappingNode baseNode, MappingNode overrideNode)
    {
        var entries = new List<NodeEntry>(baseNode.Entries);
        foreach (var entry in overrideNode.Entries)
        {
            var at = entries.FindIndex(e => e.Key.Value == entry.Key.Value);
            var value = entry.Value.Tag == YamlTags.Reset ? (merger.PreservesTags ? entry.Value : null) : merger.Finish(entry.Value);
            if (at >= 0 && entry.Value.Tag == YamlTags.Reset)
            {
                entries.RemoveAt(at);
                at = -1;
            }

            if (value is null)
            {
                continue;
            }

            if (at >= 0)
            {
                entries[at] = new NodeEntry(entries[at].Key, value);
            }
            else
            {
                entries.Add(new NodeEntry(entry.Key, value));
            }
        }

        return baseNode.WithEntries([.. entries]);
    }

    private void Apply(List<Item> items, Item item, bool sameGroupAsPrevious, bool groups)
    {
        if (item.Reset)
        {
            items.RemoveAll(existing => existing.Key == item.Key);
            if (merger.PreservesTags)
            {
                items.Add(item);
            }

            return;
        }

        if (sameGroupAsPrevious || item.Key is null)
        {
            items.Add(item);
            return;
        }

        var at = items.FindIndex(existing => existing.Key == item.Key && !existing.Reset);
        if (at < 0)
        {
            items.Add(item);
            return;
        }

        items[at] = item;
        if (groups)
        {
            items.RemoveAll(existing => existing.Key == item.Key && !ReferenceEquals(existing.Node, item.Node));
        }
    }

    private List<Item> Items(Node node, Func<Node, string?> key) => node switch
    {
        SequenceNode sequence => [.. sequence.Items.Select(i => FromListItem(i, key))],
        MappingNode mapping => [.. mapping.Entries.SelectMany(FromEntry)],
        _ => throw new ComposeFileException(node.Location, path.ToString(), $"must be a mapping or a list of KEY=VALUE strings, found {node.KindName}."),
    };

    private Item FromListItem(Node item, Func<Node, string?> key) =>
        item.Tag == YamlTags.Reset
            ? new Item(key(item), item, Reset: true)
            : new Item(key(item), merger.Finish(item) ?? item, Reset: false);

    /// <summary>A mapping entry as <c>KEY=value</c> (<c>KEY</c> alone when null); a list value gives one entry per element.</summary>
    private IEnumerable<Item> FromEntry(NodeEntry entry)
    {
        var key = entry.Key.Value;
        if (entry.Value.Tag == YamlTags.Reset)
        {
            return [new Item(key, new ScalarNode(entry.Key.Location, key, quoted: true, YamlTags.Reset), Reset: true)];
        }

        return entry.Value switch
        {
            ScalarNode { IsNull: true } => [new Item(key, Text(entry.Key, key), false)],
            ScalarNode scalar => [new Item(key, Text(scalar, $"{key}={scalar.Value}"), false)],
            SequenceNode list => list.Items.Select(v => new Item(key, Text(v, $"{key}={ScalarText(v, key)}"), false)),
            _ => throw new ComposeFileException(entry.Value.Location, $"{path}.{key}", $"must be a string, found {entry.Value.KindName}."),
        };
    }

    private string ScalarText(Node node, string key) =>
        node is ScalarNode scalar ? scalar.Value : throw new ComposeFileException(node.Location, $"{path}.{key}", $"must be a string, found {node.KindName}.");

    private static ScalarNode Text(Node at, string text) => new(at.Location, text, quoted: true);
}
