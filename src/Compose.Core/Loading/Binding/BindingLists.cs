using System.Collections.Immutable;
using Compose.Loading.Yaml;

namespace Compose.Loading.Binding;

/// <summary>List-shaped values bound item by item, each with its <c>path[i]</c>.</summary>
public static class BindingLists
{
    public static ImmutableArray<T> Items<T>(Node node, string path, Func<Node, string, T> bind)
    {
        var sequence = NodeReader.Sequence(node, path);
        var items = ImmutableArray.CreateBuilder<T>(sequence.Items.Length);
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            items.Add(bind(sequence.Items[i], $"{path}[{i}]"));
        }

        return items.MoveToImmutable();
    }

    /// <summary>Like <see cref="Items{T}"/> for items that expand to several values (port ranges).</summary>
    public static ImmutableArray<T> Expand<T>(Node node, string path, Func<Node, string, IEnumerable<T>> bind)
    {
        var sequence = NodeReader.Sequence(node, path);
        var items = ImmutableArray.CreateBuilder<T>(sequence.Items.Length);
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            items.AddRange(bind(sequence.Items[i], $"{path}[{i}]"));
        }

        return items.ToImmutable();
    }
}
