using System.Collections.Immutable;
using Compose.Errors;

namespace Compose.Loading.Yaml;

/// <summary>A mapping with string keys, in document order.</summary>
public sealed class MappingNode(SourceLocation location, ImmutableArray<NodeEntry> entries, string? tag = null) : Node(location, tag)
{
    public ImmutableArray<NodeEntry> Entries { get; } = entries;

    public override string KindName => "a mapping";

    public Node? this[string key] => TryGet(key, out var value) ? value : null;

    public bool TryGet(string key, out Node value)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                value = entry.Value;
                return true;
            }
        }

        value = null!;
        return false;
    }

    public MappingNode WithEntries(ImmutableArray<NodeEntry> entries) => new(Location, entries, Tag);

    public override Node WithTag(string? tag) => new MappingNode(Location, Entries, tag);

    /// <summary>A copy with <paramref name="key"/> set (replaced in place, or appended).</summary>
    public MappingNode With(ScalarNode key, Node value)
    {
        for (var i = 0; i < Entries.Length; i++)
        {
            if (Entries[i].Key.Value == key.Value)
            {
                return WithEntries(Entries.SetItem(i, new NodeEntry(Entries[i].Key, value)));
            }
        }

        return WithEntries(Entries.Add(new NodeEntry(key, value)));
    }

    public MappingNode Without(string key) => WithEntries(Entries.RemoveAll(e => e.Key.Value == key));
}
