using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Extends;

/// <summary>What a service's <c>extends</c> names: <c>extends: base</c> or <c>extends: {service: base, file: other.yaml}</c>.</summary>
public sealed record ExtendsReference(string Service, ScalarNode? File, Node Node)
{
    public static ExtendsReference Parse(Node node, string path)
    {
        switch (node)
        {
            case ScalarNode { IsNull: false } service:
                return new ExtendsReference(service.Value, null, node);
            case MappingNode mapping:
                foreach (var entry in mapping.Entries.Where(e => e.Key.Value is not ("service" or "file")))
                {
                    throw new ComposeFileException(entry.Key.Location, $"{path}.{entry.Key.Value}", $"unknown key '{entry.Key.Value}'; extends takes service and file.");
                }

                var name = mapping["service"] as ScalarNode;
                if (name is null || name.IsNull)
                {
                    throw new ComposeFileException(mapping.Location, path, "extends needs the name of the service to extend: extends: {service: NAME}.");
                }

                return new ExtendsReference(name.Value, FileNode(mapping["file"], $"{path}.file"), node);
            default:
                throw new ComposeFileException(node.Location, path, $"must be a service name or a mapping with service (and file), found {node.KindName}.");
        }
    }

    private static ScalarNode? FileNode(Node? node, string path) => node switch
    {
        null or ScalarNode { IsNull: true } => null,
        ScalarNode file => file,
        _ => throw new ComposeFileException(node.Location, path, $"must be a file path, found {node.KindName}."),
    };
}
