using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading;
using Compose.Loading.Binding;
using Compose.Loading.Interpolation;
using Compose.Model;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Reads the files the manifests embed. Refuses, with the place in the compose file, what the cluster would refuse
/// or what would silently become empty: a missing file, an unset variable, content over the 1 MiB object limit.
/// </summary>
public sealed class ConversionFileReader(Project project, SourceMap sources)
{
    /// <summary>The API server's limit on one object (etcd's request size), less room for the object's metadata.</summary>
    public const int MaxContentBytes = (1024 * 1024) - (16 * 1024);

    public async Task<ConversionFiles> ReadAsync(CancellationToken cancellationToken)
    {
        var secrets = await ReadObjectsAsync("secrets", project.Secrets, project.Services.Values.SelectMany(s => s.Secrets), cancellationToken).ConfigureAwait(false);
        var configs = await ReadObjectsAsync("configs", project.Configs, project.Services.Values.SelectMany(s => s.Configs), cancellationToken).ConfigureAwait(false);
        var envFiles = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<EnvFileContent>>(StringComparer.Ordinal);
        foreach (var service in project.Services.Values.Where(s => !s.EnvFiles.IsEmpty))
        {
            envFiles[service.Name] = await ReadEnvFilesAsync(service, cancellationToken).ConfigureAwait(false);
        }

        return new ConversionFiles { Secrets = secrets, Configs = configs, EnvFiles = envFiles.ToImmutable() };
    }

    private async Task<ImmutableSortedDictionary<string, byte[]>> ReadObjectsAsync(
        string section, IReadOnlyDictionary<string, FileObject> declared, IEnumerable<ServiceFileReference> uses, CancellationToken cancellationToken)
    {
        var result = ImmutableSortedDictionary.CreateBuilder<string, byte[]>(StringComparer.Ordinal);
        foreach (var key in uses.Select(u => u.Source).Distinct(StringComparer.Ordinal))
        {
            if (declared.TryGetValue(key, out var definition) && !definition.External)
            {
                var content = await ContentAsync(section, key, definition, cancellationToken).ConfigureAwait(false);
                if (content.Length > MaxContentBytes)
                {
                    throw Refuse($"{section}.{key}", $"is {content.Length} bytes; Kubernetes keeps at most 1 MiB in one object, so mount it from a volume instead.");
                }

                result[key] = content;
            }
        }

        return result.ToImmutable();
    }

    private async Task<byte[]> ContentAsync(string section, string key, FileObject definition, CancellationToken cancellationToken)
    {
        if (definition.Content is { } content)
        {
            return System.Text.Encoding.UTF8.GetBytes(content);
        }

        if (definition.Environment is { } variable)
        {
            return project.Environment.TryGetValue(variable, out var value)
                ? System.Text.Encoding.UTF8.GetBytes(value)
                : throw Refuse($"{section}.{key}.environment", $"the variable {variable} is not set; set it before converting.");
        }

        if (definition.File is { } file)
        {
            return File.Exists(file)
                ? await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false)
                : throw Refuse($"{section}.{key}.file", $"{Display(file)} not found; create it or point file: at it.");
        }

        throw Refuse($"{section}.{key}", "has no file:, environment: or content: to put in the manifest.");
    }

    private async Task<ImmutableArray<EnvFileContent>> ReadEnvFilesAsync(Service service, CancellationToken cancellationToken)
    {
        // As the loader does (ServiceFileReader): values see the project's variables and what earlier files set.
        var earlier = new Dictionary<string, string>(project.Environment, StringComparer.Ordinal);
        var files = ImmutableArray.CreateBuilder<EnvFileContent>();
        for (var i = 0; i < service.EnvFiles.Length; i++)
        {
            var file = service.EnvFiles[i];
            if (!File.Exists(file.Path))
            {
                continue; // The loader already refused a missing required file.
            }

            var text = await File.ReadAllTextAsync(file.Path, cancellationToken).ConfigureAwait(false);
            var entries = file.Format == "raw" ? RawEnvFile.Parse(text) : EnvFile.Parse(text, Display(file.Path), new VariableSource(earlier));
            foreach (var (name, value) in entries)
            {
                earlier[name] = value;
            }

            files.Add(new EnvFileContent(i, file.Path, entries));
        }

        return files.ToImmutable();
    }

    private string Display(string path) => DisplayPaths.For(path, project.WorkingDirectory);

    private ComposeFileException Refuse(string keyPath, string problem) => new(sources.Find(keyPath), keyPath, problem);
}
