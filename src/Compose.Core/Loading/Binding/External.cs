using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Binding;

/// <summary>
/// <c>external:</c> on networks, volumes, secrets and configs: a boolean, or the legacy <c>{name: x}</c> form, which
/// means external with that name. A name given both ways must agree.
/// </summary>
public static class External
{
    public static (bool External, string? Name) Read(MappingReader owner)
    {
        if (owner.Get("external") is not { } node)
        {
            return (false, null);
        }

        var path = owner.PathOf("external");
        if (node is not MappingNode)
        {
            return (NodeReader.Bool(node, path), null);
        }

        var legacyName = MappingReader.Open(node, path, SpecKeys.External).String("name");
        if (legacyName is not null && owner.String("name") is { } name && name != legacyName)
        {
            throw new ComposeFileException(node.Location, path, $"external.name '{legacyName}' differs from name '{name}'; keep only name.");
        }

        return (true, legacyName);
    }
}
