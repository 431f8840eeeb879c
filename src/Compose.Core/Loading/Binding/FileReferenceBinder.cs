using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>A service's <c>secrets:</c>/<c>configs:</c> entry (also <c>build.secrets</c>): a name or the long form.</summary>
public static class FileReferenceBinder
{
    public static ServiceFileReference Bind(Node item, string path)
    {
        if (item is ScalarNode)
        {
            return new ServiceFileReference { Source = NodeReader.String(item, path) };
        }

        var reference = MappingReader.Open(item, path, SpecKeys.FileReference);
        return new ServiceFileReference
        {
            Source = NodeReader.String(reference.Required("source"), reference.PathOf("source")),
            Target = reference.String("target"),
            Uid = reference.String("uid"),
            Gid = reference.String("gid"),
            Mode = reference.FileMode("mode"),
        };
    }
}
