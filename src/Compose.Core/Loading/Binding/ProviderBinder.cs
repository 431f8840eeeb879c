using System.Collections.Immutable;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary><c>provider:</c> a type and options whose values are a scalar or a list of scalars.</summary>
public static class ProviderBinder
{
    public static ServiceProvider Bind(Node value, string path)
    {
        var provider = MappingReader.Open(value, path, SpecKeys.Provider);
        return new ServiceProvider
        {
            Type = NodeReader.String(provider.Required("type"), provider.PathOf("type")),
            Options = provider.Get("options") is { } options
                ? BindingMaps.Entries(options, provider.PathOf("options"), NodeReader.StringOrList)
                : ModelMaps.Empty<ImmutableArray<string>>(),
        };
    }
}
