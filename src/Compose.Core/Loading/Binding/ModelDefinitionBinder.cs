using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>A top-level <c>models:</c> entry.</summary>
public static class ModelDefinitionBinder
{
    public static ModelDefinition Bind(string key, Node node)
    {
        var model = MappingReader.Open(node, $"models.{key}", SpecKeys.Model);
        return new ModelDefinition
        {
            Name = model.String("name"),
            Model = NodeReader.String(model.Required("model"), model.PathOf("model")),
            ContextSize = model.Long("context_size"),
            RuntimeFlags = model.Strings("runtime_flags"),
            Extensions = model.Extensions(),
        };
    }
}
