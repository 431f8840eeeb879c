using Compose.Loading.Yaml;

namespace Compose.Loading.Merging;

/// <summary>
/// Merges lists: plain lists append; unique lists replace an earlier entry with the same key in place (or merge it,
/// for <c>deep</c>) and append the rest. An entry tagged <c>!reset</c> removes the earlier entries it matches.
/// </summary>
internal sealed class ListMerger(OverrideMerger merger)
{
    public SequenceNode Append(SequenceNode baseNode, SequenceNode overrideNode)
    {
        var items = new List<Node>(baseNode.Items);
        foreach (var item in overrideNode.Items)
        {
            if (item.Tag == YamlTags.Reset)
            {
                items.RemoveAll(existing => NodeEquality.Equal(existing, item.WithTag(null)));
                KeepMarker(items, item);
            }
            else if (merger.Finish(item) is { } finished)
            {
                items.Add(finished);
            }
        }

        return baseNode.WithItems([.. items]);
    }

    public SequenceNode Unique(SequenceNode baseNode, SequenceNode overrideNode, Func<Node, string?> key, TreePath path, bool deep)
    {
        var items = new List<Node>(baseNode.Items);
        foreach (var item in overrideNode.Items)
        {
            var itemKey = key(item);
            if (item.Tag == YamlTags.Reset)
            {
                items.RemoveAll(existing => itemKey is null ? NodeEquality.Equal(existing, item.WithTag(null)) : key(existing) == itemKey);
                KeepMarker(items, item);
                continue;
            }

            var at = itemKey is null ? -1 : items.FindIndex(existing => existing.Tag != YamlTags.Reset && key(existing) == itemKey);
            var merged = at >= 0 && deep ? merger.Merge(items[at], item, path.Child("[]")) : merger.Finish(item);
            if (merged is null)
            {
                continue;
            }

            if (at >= 0)
            {
                items[at] = merged;
            }
            else
            {
                items.Add(merged);
            }
        }

        return baseNode.WithItems([.. items]);
    }

    /// <summary>When tags must survive (extends), the reset entry stays so it also removes entries of earlier files.</summary>
    private void KeepMarker(List<Node> items, Node reset)
    {
        if (merger.PreservesTags)
        {
            items.Add(reset);
        }
    }
}
