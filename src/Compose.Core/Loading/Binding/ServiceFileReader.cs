using Compose.Errors;
using Compose.Loading.Files;
using Compose.Loading.Interpolation;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>
/// Reads <c>env_file</c> and <c>label_file</c> contents in order (later files win). Values may reference the
/// variables and names set by earlier files. A missing file is an error naming the entry, unless <c>required: false</c>.
/// </summary>
public sealed class ServiceFileReader(BindingContext context, SourceMap sources)
{
    public async Task<Dictionary<string, string>> ReadEnvFilesAsync(Service service, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < service.EnvFiles.Length; i++)
        {
            var file = service.EnvFiles[i];
            if (!File.Exists(file.Path))
            {
                if (file.Required)
                {
                    throw Missing($"services.{service.Name}.env_file[{i}]", $"services.{service.Name}.env_file", file.Path, "or mark it required: false");
                }

                continue;
            }

            var text = await new SourceFile(file.Path, Display(file.Path)).ReadTextAsync(cancellationToken).ConfigureAwait(false);
            var entries = file.Format == "raw" ? RawEnvFile.Parse(text) : EnvFile.Parse(text, Display(file.Path), Lookup(values));
            foreach (var (key, value) in entries)
            {
                values[key] = value;
            }
        }

        return values;
    }

    public async Task<Dictionary<string, string>> ReadLabelFilesAsync(Service service, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < service.LabelFiles.Length; i++)
        {
            var path = service.LabelFiles[i];
            if (!File.Exists(path))
            {
                throw Missing($"services.{service.Name}.label_file[{i}]", $"services.{service.Name}.label_file", path, "or remove it from label_file");
            }

            var text = await new SourceFile(path, Display(path)).ReadTextAsync(cancellationToken).ConfigureAwait(false);
            foreach (var (key, value) in EnvFile.Parse(text, Display(path), Lookup(values)))
            {
                values[key] = value;
            }
        }

        return values;
    }

    /// <summary>Names set by earlier files win over the project's variables, as in docker compose.</summary>
    private VariableSource Lookup(Dictionary<string, string> earlier)
    {
        var merged = new Dictionary<string, string>(context.Variables.Variables.Count + earlier.Count, StringComparer.Ordinal);
        foreach (var (key, value) in context.Variables.Variables)
        {
            merged[key] = value;
        }

        foreach (var (key, value) in earlier)
        {
            merged[key] = value;
        }

        return new VariableSource(merged);
    }

    private string Display(string path) => DisplayPaths.For(path, context.WorkingDirectory);

    private ComposeFileException Missing(string itemPath, string listPath, string file, string remedy)
    {
        var path = sources.Find(itemPath) is not null ? itemPath : listPath;
        return new ComposeFileException(sources.Find(path), path, $"{Display(file)} not found; create it {remedy}.");
    }
}
