using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary><c>ulimits:</c> name → a single number (both limits) or <c>{soft, hard}</c>.</summary>
public static class UlimitBinder
{
    public static ImmutableSortedDictionary<string, Ulimit> Bind(Node value, string path) =>
        BindingMaps.Entries(value, path, Entry);

    private static Ulimit Entry(Node node, string path)
    {
        if (node is ScalarNode)
        {
            return new Ulimit { Single = NodeReader.Long(node, path) };
        }

        var limits = MappingReader.Open(node, path, SpecKeys.Ulimit);
        var soft = NodeReader.Long(limits.Required("soft"), limits.PathOf("soft"));
        var hard = NodeReader.Long(limits.Required("hard"), limits.PathOf("hard"));
        return soft <= hard || hard < 0
            ? new Ulimit { Soft = soft, Hard = hard }
            : throw new ComposeFileException(limits.Node.Location, path, $"the soft limit {soft} is above the hard limit {hard}.");
    }
}
