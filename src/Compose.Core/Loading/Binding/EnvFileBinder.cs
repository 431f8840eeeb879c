using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary><c>env_file</c>: a path, or a list of paths and <c>{path, required, format}</c>; paths made absolute.</summary>
public sealed class EnvFileBinder(BindingContext context)
{
    public ImmutableArray<EnvFileReference> Bind(Node value, string path) => value is ScalarNode
        ? [new EnvFileReference { Path = PathSyntax.Resolve(NodeReader.String(value, path), context, value, path) }]
        : BindingLists.Items(value, path, Entry);

    private EnvFileReference Entry(Node item, string path)
    {
        if (item is ScalarNode)
        {
            return new EnvFileReference { Path = PathSyntax.Resolve(NodeReader.String(item, path), context, item, path) };
        }

        var entry = MappingReader.Open(item, path, SpecKeys.EnvFile);
        var format = entry.String("format");
        if (format is not (null or "raw"))
        {
            throw new ComposeFileException(entry.Get("format")!.Location, entry.PathOf("format"),
                $"'{format}' is not a supported env_file format; leave it out for the usual KEY=VALUE rules, or use raw.");
        }

        return new EnvFileReference
        {
            Path = PathSyntax.Resolve(NodeReader.String(entry.Required("path"), entry.PathOf("path")), context, entry.Get("path"), entry.PathOf("path")),
            Required = entry.Bool("required") ?? true,
            Format = format,
        };
    }
}
