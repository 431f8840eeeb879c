using Compose.Loading.Yaml;

namespace Compose.Loading.Merging;

/// <summary>
/// Removes what <c>!reset</c> marks and drops <c>!override</c> tags once there is nothing left to merge into, so later
/// stages see plain data. Returns the same instance when the tree holds no such tags.
/// </summary>
public static class TagCleaner
{
    /// <summary>The cleaned node, or null when the node itself is <c>!reset</c>.</summary>
    public static Node? Clean(Node node)
    {
        if (node.Tag == YamlTags.Reset)
        {
            return null;
        }

        var cleaned = node switch
        {
            MappingNode mapping => CleanMapping(mapping),
            SequenceNode sequence => CleanSequence(sequence),
            _ => node,
        };
        return cleaned.Tag == YamlTags.Override ? cleaned.WithTag(null) : cleaned;
    }

    private static MappingNode CleanMapping(MappingNode mapping)
    {
        List<NodeEntry>? changed = null;
        for (var i = 0; i < mapping.Entries.Length; i++)
        {
            var entry = mapping.Entries[i];
            var value = Clean(entry.Value);
            if (changed is null && ReferenceEquals(value, entry.Value))
            {
                continue;
            }

            changed ??= [.. mapping.Entries[..i]];
            if (value is not null)
            {
                changed.Add(new NodeEntry(entry.Key, value));
            }
        }

        return changed is null ? mapping : mapping.WithEntries([.. changed]);
    }

    private static SequenceNode CleanSequence(SequenceNode sequence)
    {
        List<Node>? changed = null;
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var item = sequence.Items[i];
            var value = Clean(item);
            if (changed is null && ReferenceEquals(value, item))
            {
                continue;
            }

            changed ??= [.. sequence.Items[..i]];
            if (value is not null)
            {
                changed.Add(value);
            }
        }

        return changed is null ? sequence : sequence.WithItems([.. changed]);
    }
}
