using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>A top-level secret or config: exactly one of <c>file</c>, <c>environment</c>, <c>content</c> (configs) or <c>external</c>.</summary>
public sealed class FileObjectBinder(BindingContext context)
{
    public FileObject BindSecret(string key, Node node) => Bind(MappingReader.Open(node, $"secrets.{key}", SpecKeys.Secret), isSecret: true);

    public FileObject BindConfig(string key, Node node) => Bind(MappingReader.Open(node, $"configs.{key}", SpecKeys.Config), isSecret: false);

    private FileObject Bind(MappingReader source, bool isSecret)
    {
        var (external, externalName) = External.Read(source);
        var fileObject = new FileObject
        {
            Name = source.String("name") ?? externalName,
            File = source.String("file") is { } file ? PathSyntax.Resolve(file, context, source.Get("file"), source.PathOf("file")) : null,
            Environment = source.String("environment"),
            Content = isSecret ? null : source.String("content"),
            External = external,
            Labels = source.Map("labels"),
            Driver = isSecret ? source.String("driver") : null,
            DriverOpts = isSecret ? source.Map("driver_opts") : ModelMaps.Empty<string>(),
            TemplateDriver = source.String("template_driver"),
            Extensions = source.Extensions(),
        };
        var sources = new[] { fileObject.File, fileObject.Environment, fileObject.Content, external ? "external" : null }.Count(s => s is not null);
        return sources == 1 || (sources == 0 && fileObject.Driver is not null)
            ? fileObject
            : throw new ComposeFileException(source.Node.Location, source.Path, sources == 0
                ? $"a {(isSecret ? "secret" : "config")} needs a source: file, environment{(isSecret ? "" : ", content")} or external: true."
                : $"a {(isSecret ? "secret" : "config")} takes only one of file, environment{(isSecret ? "" : ", content")} and external.");
    }
}
