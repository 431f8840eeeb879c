using System.Collections.Immutable;
using Compose.Loading.Interpolation;
using Compose.Loading.Merging;
using Compose.Loading.Tree;
using Compose.Loading.Yaml;

namespace Compose.Tests.Loading;

/// <summary>Compact, order-preserving text of a tree for assertions: <c>{a: [x, {b: c}], d: null}</c>.</summary>
public static class TreeText
{
    public static string Of(Node? node) => node switch
    {
        null => "<removed>",
        ScalarNode { IsNull: true } scalar => Tagged(scalar, "null"),
        ScalarNode scalar => Tagged(scalar, scalar.Value),
        SequenceNode sequence => Tagged(sequence, $"[{string.Join(", ", sequence.Items.Select(Of))}]"),
        MappingNode mapping => Tagged(mapping, $"{{{string.Join(", ", mapping.Entries.Select(e => $"{e.Key.Value}: {Of(e.Value)}"))}}}"),
        _ => node.ToString()!,
    };

    /// <summary>Parses each YAML text as a file and merges them in order.</summary>
    public static MappingNode Merge(params string[] files) =>
        OverrideMerger.MergeFiles([.. files.Select((text, i) => (MappingNode)YamlReader.Read($"f{i}.yaml", text))]);

    /// <summary>
    /// Runs the tree stages (read, interpolate, extends, include, merge, unique entries) on files given by absolute
    /// path, in the first file's directory, with <paramref name="environment"/> as the only variables.
    /// </summary>
    public static async Task<MappingNode> LoadAsync(IReadOnlyList<string> files, IReadOnlyDictionary<string, string>? environment = null, List<string>? warnings = null)
    {
        var directory = System.IO.Path.GetDirectoryName(files[0])!;
        var loader = new ComposeTreeLoader(directory, interpolate: true, new UnsetVariables(warnings ?? []));
        var scope = new TreeScope(new VariableSource(environment ?? ImmutableDictionary<string, string>.Empty), directory, []);
        return Unicity.Apply(await loader.LoadAsync(files, scope, null, CancellationToken.None));
    }

    /// <summary>The merged value at a dotted path (<c>services.web.ports</c>).</summary>
    public static string At(MappingNode root, string path)
    {
        Node? node = root;
        foreach (var key in path.Split('.'))
        {
            node = (node as MappingNode)?[key];
        }

        return Of(node);
    }

    private static string Tagged(Node node, string text) => node.Tag is null ? text : $"{node.Tag} {text}";
}
