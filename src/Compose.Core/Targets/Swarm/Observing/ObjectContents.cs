using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Compose.Errors;
using Compose.Model;

namespace Compose.Targets.Swarm.Observing;

/// <summary>
/// Reads the secrets and configs the services use (from their file, variable or inline content), keyed
/// <c>secret:KEY</c> / <c>config:KEY</c>. The digest covers what makes the swarm object: its data, labels and drivers.
/// A secret whose driver provides the data has none of its own.
/// </summary>
public static class ObjectContents
{
    public static async Task<ImmutableSortedDictionary<string, ObjectContent>> ReadAsync(Project project, CancellationToken cancellationToken)
    {
        var used = project.Services.Values
            .SelectMany(s => s.Secrets.Select(r => ("secret", r.Source)).Concat(s.Configs.Select(r => ("config", r.Source))))
            .ToHashSet();
        var entries = new List<KeyValuePair<string, ObjectContent>>();
        foreach (var (kind, key) in used.Order())
        {
            var defined = (kind == "secret" ? project.Secrets : project.Configs).GetValueOrDefault(key);
            if (defined is null || defined.External)
            {
                continue;
            }

            var data = await DataAsync(project, kind, key, defined, cancellationToken).ConfigureAwait(false);
            entries.Add(new($"{kind}:{key}", new ObjectContent(data, Digest(data, defined))));
        }

        return ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries);
    }

    private static async Task<ImmutableArray<byte>> DataAsync(Project project, string kind, string key, FileObject file, CancellationToken cancellationToken)
    {
        if (file.Driver is not null)
        {
            return [];
        }

        if (file.File is { } path)
        {
            return File.Exists(path)
                ? [.. await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)]
                : throw new ComposeException($"{kind}s.{key}: the file {path} does not exist; create it or point file: at an existing one.");
        }

        if (file.Content is { } content)
        {
            return [.. Encoding.UTF8.GetBytes(content)];
        }

        return file.Environment is { } variable && project.Environment.TryGetValue(variable, out var value)
            ? [.. Encoding.UTF8.GetBytes(value)]
            : throw new ComposeException($"{kind}s.{key}: it comes from the environment variable {file.Environment}, which is not set; set it (or put it in .env).");
    }

    private static string Digest(ImmutableArray<byte> data, FileObject file)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(data.AsSpan());
        var extra = new StringBuilder();
        foreach (var (name, value) in file.Labels)
        {
            extra.Append("\0label\0").Append(name).Append('\0').Append(value);
        }

        extra.Append("\0driver\0").Append(file.Driver).Append("\0template\0").Append(file.TemplateDriver);
        foreach (var (name, value) in file.DriverOpts)
        {
            extra.Append("\0opt\0").Append(name).Append('\0').Append(value);
        }

        hash.AppendData(Encoding.UTF8.GetBytes(extra.ToString()));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
