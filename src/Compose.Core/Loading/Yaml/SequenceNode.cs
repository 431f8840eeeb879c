using System.Collections.Immutable;
using Compose.Errors;

namespace Compose.Loading.Yaml;

public sealed class SequenceNode(SourceLocation location, ImmutableArray<Node> items, string? tag = null) : Node(location, tag)
{
    public ImmutableArray<Node> Items { get; } = items;

    public override string KindName => "a sequence";

    public SequenceNode WithItems(ImmutableArray<Node> items) => new(Location, items, Tag);

    public override Node WithTag(string? tag) => new SequenceNode(Location, Items, tag);
}
