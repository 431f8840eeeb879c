using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Binding;

/// <summary>
/// Where each key path of the merged tree was written (<c>services.web.ports[0]</c> → <c>compose.yaml:12:7</c>), so
/// checks on the model (references, scale) and later stages can point at the line. Inside <c>x-</c> extension
/// fields only the field itself is recorded: nothing checks their contents, and aliases there (a common place for
/// anchors) would otherwise cost one path per expanded node.
/// </summary>
public sealed class SourceMap
{
    /// <summary>Written once by <see cref="Build"/>, then only read.</summary>
    private readonly Dictionary<string, SourceLocation> _locations;

    private SourceMap(Dictionary<string, SourceLocation> locations) => _locations = locations;

    public static SourceMap Empty { get; } = new([]);

    public static SourceMap Build(Node root)
    {
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        Walk(root, "", locations);
        return new SourceMap(locations);
    }

    /// <summary>Whether the files wrote exactly <paramref name="path"/> (after interpolation, so possibly as an empty value).</summary>
    public bool Has(string path) => _locations.ContainsKey(path);

    /// <summary>Every file a key came from, as messages show it: the compose files and those they include or extend.</summary>
    public IEnumerable<string> Files => _locations.Values.Select(l => l.File).Distinct(StringComparer.Ordinal);

    /// <summary>The location of <paramref name="path"/>, else of its nearest recorded parent, else null.</summary>
    public SourceLocation? Find(string path)
    {
        for (var current = path; current.Length > 0; current = Parent(current))
        {
            if (_locations.TryGetValue(current, out var location))
            {
                return location;
            }
        }

        return null;
    }

    private static void Walk(Node node, string path, Dictionary<string, SourceLocation> builder)
    {
        switch (node)
        {
            case MappingNode mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    var child = path.Length == 0 ? key.Value : $"{path}.{key.Value}";
                    builder[child] = key.Location;
                    if (!key.Value.StartsWith("x-", StringComparison.Ordinal))
                    {
                        Walk(value, child, builder);
                    }
                }

                break;
            case SequenceNode sequence:
                for (var i = 0; i < sequence.Items.Length; i++)
                {
                    var child = $"{path}[{i}]";
                    builder[child] = sequence.Items[i].Location;
                    if (sequence.Items[i] is ScalarNode name)
                    {
                        // Lists of names (networks: [a], depends_on: [b]) are found by name too, like their map forms.
                        builder.TryAdd($"{path}.{name.Value}", name.Location);
                    }

                    Walk(sequence.Items[i], child, builder);
                }

                break;
        }
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }
}
