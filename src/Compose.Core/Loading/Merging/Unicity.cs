using Compose.Loading.Yaml;

namespace Compose.Loading.Merging;

/// <summary>
/// Collapses duplicate entries of the lists <see cref="MergeRules"/> keys (ports, volumes, environment...), within a
/// single file as across files: the last entry with a key wins, at the place of the first, as in docker compose.
/// </summary>
public static class Unicity
{
    public static MappingNode Apply(MappingNode root) => (MappingNode)Visit(root, TreePath.Root);

    private static Node Visit(Node node, TreePath path) => node switch
    {
        MappingNode mapping => VisitMapping(mapping, path),
        SequenceNode sequence when MergeRules.Find(path) is { Key: { } key } rule => Collapse(sequence, rule.Kind == MergeKind.KeyGroups ? ItemKeys.Exact : key),
        _ => node,
    };

    private static MappingNode VisitMapping(MappingNode mapping, TreePath path)
    {
        NodeEntry[]? changed = null;
        for (var i = 0; i < mapping.Entries.Length; i++)
        {
            var entry = mapping.Entries[i];
            if (entry.Key.Value.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            var visited = Visit(entry.Value, path.Child(entry.Key.Value));
            if (!ReferenceEquals(visited, entry.Value))
            {
                changed ??= [.. mapping.Entries];
                changed[i] = new NodeEntry(entry.Key, visited);
            }
        }

        return changed is null ? mapping : mapping.WithEntries([.. changed]);
    }

    private static SequenceNode Collapse(SequenceNode sequence, Func<Node, string?> key)
    {
        var items = new List<Node>(sequence.Items.Length);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (key(item) is not { } itemKey)
            {
                items.Add(item);
            }
            else if (positions.TryGetValue(itemKey, out var at))
            {
                items[at] = item;
            }
            else
            {
                positions[itemKey] = items.Count;
                items.Add(item);
            }
        }

        return items.Count == sequence.Items.Length ? sequence : sequence.WithItems([.. items]);
    }
}
