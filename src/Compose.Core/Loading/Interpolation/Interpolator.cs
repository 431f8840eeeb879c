using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Interpolation;

/// <summary>
/// Applies <see cref="Template"/> to every string value of a tree (never to keys), adding the location and key path to errors.
/// Unset variables are reported once each through <paramref name="warnings"/>.
/// </summary>
public sealed class Interpolator(VariableSource variables, ICollection<string> warnings)
{
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

    public Node Interpolate(Node node, string path = "") => node switch
    {
        ScalarNode scalar => InterpolateScalar(scalar, path),
        SequenceNode sequence => sequence.WithItems([.. sequence.Items.Select((item, index) => Interpolate(item, $"{path}[{index}]"))]),
        MappingNode mapping => mapping.WithEntries([.. mapping.Entries.Select(e => new NodeEntry(e.Key, Interpolate(e.Value, Join(path, e.Key.Value))))]),
        _ => node,
    };

    private ScalarNode InterpolateScalar(ScalarNode scalar, string path)
    {
        try
        {
            var expanded = Template.Expand(scalar.Value, variables, OnUnset);
            return ReferenceEquals(expanded, scalar.Value) ? scalar : scalar.WithValue(expanded);
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

    private void OnUnset(string name)
    {
        if (_warned.Add(name))
        {
            warnings.Add($"The \"{name}\" variable is not set. Defaulting to a blank string.");
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
