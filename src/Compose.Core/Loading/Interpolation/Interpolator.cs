using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Interpolation;

/// <summary>
/// Applies <see cref="Template"/> to every string value of a tree (never to keys), adding the location and key path to
/// errors. Unset variables are reported once each through <paramref name="unset"/>.
/// </summary>
public sealed class Interpolator(VariableSource variables, UnsetVariables unset)
{
    public Interpolator(VariableSource variables, ICollection<string> warnings)
        : this(variables, new UnsetVariables(warnings))
    {
    }

    /// <summary>
    /// Lists and mappings an alias repeats are one node in the tree: each is interpolated once, so the result keeps the
    /// sharing and a document full of aliases costs what its text does, not what it expands to.
    /// </summary>
    private readonly Dictionary<Node, Node> _done = new(ReferenceEqualityComparer.Instance);

    public Node Interpolate(Node node, string path = "")
    {
        if (node is ScalarNode scalar)
        {
            return InterpolateScalar(scalar, path);
        }

        if (_done.TryGetValue(node, out var done))
        {
            return done;
        }

        return _done[node] = node switch
        {
            SequenceNode sequence => InterpolateSequence(sequence, path),
            MappingNode mapping => InterpolateMapping(mapping, path),
            _ => node,
        };
    }

    private SequenceNode InterpolateSequence(SequenceNode sequence, string path)
    {
        var items = sequence.Items.Select((item, index) => Interpolate(item, $"{path}[{index}]")).ToArray();
        return items.AsSpan().SequenceEqual(sequence.Items.AsSpan()) ? sequence : sequence.WithItems([.. items]);
    }

    private MappingNode InterpolateMapping(MappingNode mapping, string path)
    {
        var entries = mapping.Entries.Select(e => new NodeEntry(e.Key, Interpolate(e.Value, Join(path, e.Key.Value)))).ToArray();
        return entries.AsSpan().SequenceEqual(mapping.Entries.AsSpan()) ? mapping : mapping.WithEntries([.. entries]);
    }

    private ScalarNode InterpolateScalar(ScalarNode scalar, string path)
    {
        try
        {
            var expanded = Template.Expand(scalar.Value, variables, unset.Report);
            // An interpolated value is a string, as in docker compose: `FOO: ${UNSET}` sets FOO to "", not to YAML null
            // (which would mean "take FOO from the shell"). Typed fields still parse it (`replicas: ${N}`).
            return ReferenceEquals(expanded, scalar.Value) ? scalar : new ScalarNode(scalar.Location, expanded, quoted: true, scalar.Tag);
        }
        catch (TemplateSyntaxException e)
        {
            throw new ComposeFileException(scalar.Location, path, e.Message);
        }
        catch (RequiredVariableException e)
        {
            throw new ComposeFileException(scalar.Location, path, e.Message + ". Set it in the environment or in .env.");
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
