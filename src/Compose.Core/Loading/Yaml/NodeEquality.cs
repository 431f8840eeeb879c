namespace Compose.Loading.Yaml;

/// <summary>Structural equality of trees, ignoring where nodes were written (and the order of mapping keys).</summary>
public static class NodeEquality
{
    public static bool Equal(Node a, Node b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Tag != b.Tag)
        {
            return false;
        }

        return (a, b) switch
        {
            (ScalarNode x, ScalarNode y) => x.IsNull ? y.IsNull : !y.IsNull && x.Value == y.Value,
            (SequenceNode x, SequenceNode y) => x.Items.Length == y.Items.Length && x.Items.Zip(y.Items).All(p => Equal(p.First, p.Second)),
            (MappingNode x, MappingNode y) => x.Entries.Length == y.Entries.Length
                && x.Entries.All(e => y.TryGet(e.Key.Value, out var other) && Equal(e.Value, other)),
            _ => false,
        };
    }
}
