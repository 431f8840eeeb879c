using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Merging;

/// <summary>
/// Merges compose trees, a later layer over an earlier one, by the Compose Specification's rules: mappings merge
/// recursively, lists append, scalars are replaced, and the paths in <see cref="MergeRules"/> follow their own rule.
/// <c>!reset</c> removes the earlier value, <c>!override</c> replaces it wholesale, and an explicit null keeps it.
/// </summary>
public sealed class OverrideMerger
{
    private readonly bool _preserveTags;

    private OverrideMerger(bool preserveTags) => _preserveTags = preserveTags;

    /// <summary>Merges whole files, later over earlier; the result holds no <c>!reset</c>/<c>!override</c> tags.</summary>
    public static MappingNode MergeFiles(IReadOnlyList<MappingNode> trees)
    {
        var merger = new OverrideMerger(preserveTags: false);
        var result = TagCleaner.Clean(trees[0]) as MappingNode ?? new MappingNode(trees[0].Location, []);
        for (var i = 1; i < trees.Count; i++)
        {
            result = merger.MergeMappings(result, trees[i], TreePath.Root);
        }

        return result;
    }

    /// <summary>
    /// Merges one definition over another (a service over the one it extends, an including file's resource over the
    /// included one). Tags in <paramref name="overrideNode"/> are kept, so they also apply to earlier files later on.
    /// Returns null when the override resets the whole value.
    /// </summary>
    public static Node? MergeLayer(Node baseNode, Node overrideNode, TreePath path) =>
        new OverrideMerger(preserveTags: true).Merge(TagCleaner.Clean(baseNode), overrideNode, path);

    internal Node? Merge(Node? baseNode, Node overrideNode, TreePath path)
    {
        if (overrideNode.Tag == YamlTags.Reset)
        {
            return _preserveTags ? overrideNode : null;
        }

        if (overrideNode.Tag == YamlTags.Override || baseNode is null || IsNull(baseNode))
        {
            return Finish(overrideNode);
        }

        if (IsNull(overrideNode))
        {
            // An explicit null in a later file keeps what earlier files said (docker compose does the same).
            return baseNode;
        }

        return MergeRules.Find(path) is { } rule ? Apply(rule, baseNode, overrideNode, path) : Default(baseNode, overrideNode, path);
    }

    /// <summary>A value taken as is: cleaned of tags, unless they must survive for a later merge.</summary>
    internal Node? Finish(Node node) => _preserveTags ? node : TagCleaner.Clean(node);

    internal bool PreservesTags => _preserveTags;

    private Node? Default(Node baseNode, Node overrideNode, TreePath path) => (baseNode, overrideNode) switch
    {
        (MappingNode b, MappingNode o) => MergeMappings(b, o, path),
        (SequenceNode b, SequenceNode o) => new ListMerger(this).Append(b, o),
        (ScalarNode, _) => Finish(overrideNode),
        _ => throw Mismatch(baseNode, overrideNode, path),
    };

    private Node? Apply(MergeRule rule, Node baseNode, Node overrideNode, TreePath path) => rule.Kind switch
    {
        MergeKind.Replace => Finish(overrideNode),
        MergeKind.UniqueList => new ListMerger(this).Unique(AsList(baseNode, path), AsList(overrideNode, path), rule.Key!, path, deep: false),
        MergeKind.UniqueListDeep => new ListMerger(this).Unique(AsList(baseNode, path), AsList(overrideNode, path), rule.Key!, path, deep: true),
        MergeKind.KeyValue => new KeyValueMerger(this, path).Merge(baseNode, overrideNode, rule.Key!, groups: false),
        MergeKind.KeyGroups => new KeyValueMerger(this, path).Merge(baseNode, overrideNode, rule.Key!, groups: true),
        MergeKind.NamesToMapping => MergeMappings(NamesToMapping(baseNode, rule, path), NamesToMapping(overrideNode, rule, path), path),
        MergeKind.Build => MergeMappings(BuildMapping(baseNode, path), BuildMapping(overrideNode, path), path),
        MergeKind.Logging => SameDriver(baseNode, overrideNode) ? Default(baseNode, overrideNode, path) : Finish(overrideNode),
        _ => throw new InvalidOperationException($"unknown merge kind {rule.Kind}"),
    };

    internal MappingNode MergeMappings(MappingNode baseNode, MappingNode overrideNode, TreePath path)
    {
        var entries = new List<NodeEntry?>(baseNode.Entries.Length + overrideNode.Entries.Length);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in baseNode.Entries)
        {
            positions[entry.Key.Value] = entries.Count;
            entries.Add(entry);
        }

        foreach (var entry in overrideNode.Entries)
        {
            var key = entry.Key.Value;
            var known = positions.TryGetValue(key, out var at);
            // x- extensions are opaque to compose: a later file replaces them wholesale.
            var earlier = known && !key.StartsWith("x-", StringComparison.Ordinal) ? entries[at]!.Value : null;
            var merged = Merge(earlier, entry.Value, path.Child(key));
            var result = merged is null ? null : new NodeEntry(known ? entries[at]!.Key : entry.Key, merged);
            if (known)
            {
                entries[at] = result;
            }
            else if (result is not null)
            {
                positions[key] = entries.Count;
                entries.Add(result);
            }
        }

        return baseNode.WithEntries([.. entries.OfType<NodeEntry>()]);
    }

    private static SequenceNode AsList(Node node, TreePath path) => node switch
    {
        SequenceNode sequence => sequence,
        ScalarNode scalar => new SequenceNode(scalar.Location, [scalar]),
        _ => throw new ComposeFileException(node.Location, path.ToString(), $"must be a list or a string, found {node.KindName}."),
    };

    private static MappingNode NamesToMapping(Node node, MergeRule rule, TreePath path) => node switch
    {
        MappingNode mapping => mapping,
        SequenceNode sequence => new MappingNode(sequence.Location, [.. sequence.Items.Select((item, i) => item is ScalarNode { IsNull: false } name
            ? new NodeEntry(name, rule.NameValue!(name))
            : throw new ComposeFileException(item.Location, $"{path}[{i}]", $"must be a name, found {item.KindName}."))], sequence.Tag),
        _ => throw new ComposeFileException(node.Location, path.ToString(), $"must be a list of names or a mapping, found {node.KindName}."),
    };

    private static MappingNode BuildMapping(Node node, TreePath path) => node switch
    {
        MappingNode mapping => mapping,
        ScalarNode scalar => new MappingNode(scalar.Location, [new NodeEntry(new ScalarNode(scalar.Location, "context", quoted: false), scalar.WithTag(null))], scalar.Tag),
        _ => throw new ComposeFileException(node.Location, path.ToString(), $"must be a build context path or a mapping, found {node.KindName}."),
    };

    private static bool SameDriver(Node baseNode, Node overrideNode) =>
        baseNode is not MappingNode b || overrideNode is not MappingNode o
        || b["driver"] is not ScalarNode before || o["driver"] is not ScalarNode after
        || before.Value == after.Value;

    private static bool IsNull(Node node) => node is ScalarNode { IsNull: true, Tag: null };

    internal static ComposeFileException Mismatch(Node baseNode, Node overrideNode, TreePath path) =>
        new(overrideNode.Location, path.ToString(),
            $"cannot merge {overrideNode.KindName} into {baseNode.KindName} defined at {baseNode.Location}; write it in the same form, or tag it !override to replace it.");
}
