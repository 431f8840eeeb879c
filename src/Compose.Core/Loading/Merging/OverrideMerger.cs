using System.Collections.Immutable;
using Compose.Loading.Yaml;

namespace Compose.Loading.Merging;

/// <summary>
/// Merges the trees of several compose files, later files over earlier ones, by the spec's rules:
/// mappings merge recursively, scalars and most sequences are replaced, a few sequences merge unique.
/// </summary>
public static class OverrideMerger
{
    /// <summary>Sequences whose entries are appended without duplicates rather than replaced.</summary>
    private static readonly ImmutableHashSet<string> UniqueSequencePaths = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "services.*.ports", "services.*.expose", "services.*.dns", "services.*.dns_search", "services.*.env_file",
        "services.*.tmpfs", "services.*.cap_add", "services.*.cap_drop", "services.*.profiles");

    public static Node Merge(IReadOnlyList<Node> trees)
    {
        var result = trees[0];
        for (var i = 1; i < trees.Count; i++)
        {
            result = MergeNodes(result, trees[i], "");
        }

        return result;
    }

    private static Node MergeNodes(Node baseNode, Node overrideNode, string pattern) => (baseNode, overrideNode) switch
    {
        (MappingNode b, MappingNode o) => MergeMappings(b, o, pattern),
        (SequenceNode b, SequenceNode o) when UniqueSequencePaths.Contains(pattern) =>
            b.WithItems([.. b.Items, .. o.Items.Where(item => !b.Items.Any(existing => SameScalar(existing, item)))]),
        _ => overrideNode,
    };

    private static MappingNode MergeMappings(MappingNode baseNode, MappingNode overrideNode, string pattern)
    {
        var result = baseNode;
        foreach (var entry in overrideNode.Entries)
        {
            var childPattern = ChildPattern(pattern, entry.Key.Value);
            result = result.TryGet(entry.Key.Value, out var existing)
                ? result.With(entry.Key, MergeNodes(existing, entry.Value, childPattern))
                : result.With(entry.Key, entry.Value);
        }

        return result;
    }

    /// <summary>Rule patterns name the service (and network, volume) keys as <c>*</c>.</summary>
    private static string ChildPattern(string pattern, string key) => pattern switch
    {
        "services" or "networks" or "volumes" or "secrets" or "configs" => pattern + ".*",
        "" => key,
        _ => pattern + "." + key,
    };

    private static bool SameScalar(Node a, Node b) => a is ScalarNode x && b is ScalarNode y && x.Value == y.Value;
}
