using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Binding;

/// <summary>
/// Where each key path of the merged tree was written (<c>services.web.ports[0]</c> → <c>compose.yaml:12:7</c>), so
/// checks on the model (references, scale) and later stages can point at the line.
/// </summary>
public sealed class SourceMap
{
    private readonly ImmutableDictionary<string, SourceLocation> _locations;

    private SourceMap(ImmutableDictionary<string, SourceLocation> locations) => _locations = locations;

    public static SourceMap Empty { get; } = new(ImmutableDictionary<string, SourceLocation>.Empty);

    public static SourceMap Build(Node root)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, SourceLocation>(StringComparer.Ordinal);
        Walk(root, "", builder);
        return new SourceMap(builder.ToImmutable());
    }

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

    private static void Walk(Node node, string path, ImmutableDictionary<string, SourceLocation>.Builder builder)
    {
        switch (node)
        {
            case MappingNode mapping:
                foreach (var (key, value) in mapping.Entries)
                {
                    var child = path.Length == 0 ? key.Value : $"{path}.{key.Value}";
                    builder[child] = key.Location;
                    Walk(value, child, builder);
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
