using System.Collections.Immutable;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>A service's <c>models:</c>: a list of model keys, or a map of key → <c>{endpoint_var, model_var}</c>.</summary>
public static class ServiceModelsBinder
{
    public static ImmutableSortedDictionary<string, ServiceModelBinding> Bind(Node value, string path) => value is SequenceNode
        ? ModelMaps.From(NodeReader.StringList(value, path).Select(n => KeyValuePair.Create(n, new ServiceModelBinding())))
        : BindingMaps.Entries(value, path, Binding);

    private static ServiceModelBinding Binding(Node node, string path)
    {
        if (node is ScalarNode { IsNull: true })
        {
            return new ServiceModelBinding();
        }

        var binding = MappingReader.Open(node, path, SpecKeys.ServiceModel);
        return new ServiceModelBinding { EndpointVariable = binding.String("endpoint_var"), ModelVariable = binding.String("model_var") };
    }
}
