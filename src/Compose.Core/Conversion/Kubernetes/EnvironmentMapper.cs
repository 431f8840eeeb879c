using System.Text.RegularExpressions;
using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// A service's environment: each <c>env_file</c> as a ConfigMap the container takes with <c>envFrom</c> (later files
/// win, in compose and in Kubernetes), and <c>environment:</c> as <c>env</c>, which wins over <c>envFrom</c> as
/// <c>environment:</c> wins over <c>env_file</c>. A variable an env file already gives with the same value is not repeated.
/// </summary>
public static partial class EnvironmentMapper
{
    public static IEnumerable<V1ConfigMap> ConfigMaps(ConversionContext context, Service service) =>
        Files(context, service).Select(f => new V1ConfigMap
        {
            ApiVersion = "v1",
            Kind = "ConfigMap",
            Metadata = new V1ObjectMeta { Name = f.Name, Labels = KubernetesLabels.ForService(context.Project.Name, context.NameOf(service.Name)) },
            Data = f.Entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
        });

    public static List<V1EnvFromSource>? EnvFrom(ConversionContext context, Service service)
    {
        var files = Files(context, service).ToList();
        return files.Count == 0 ? null : [.. files.Select(f => new V1EnvFromSource { ConfigMapRef = new V1ConfigMapEnvSource { Name = f.Name } })];
    }

    public static List<V1EnvVar>? Env(ConversionContext context, Service service)
    {
        var fromFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Files(context, service))
        {
            foreach (var (name, value) in file.Entries)
            {
                fromFiles[name] = value;
            }
        }

        var env = service.Environment
            .Where(e => e.Value is not null && !(fromFiles.TryGetValue(e.Key, out var given) && given == e.Value))
            .Select(e => new V1EnvVar { Name = e.Key, Value = KubeValues.Literal(e.Value!) })
            .ToList();
        return env.Count == 0 ? null : env;
    }

    private static bool Unset(Service service, string name) =>
        service.Environment.TryGetValue(name, out var value) && value is null;

    private sealed record EnvConfigMap(string Name, IReadOnlyList<KeyValuePair<string, string>> Entries);

    /// <summary>
    /// One ConfigMap per env file, named after the service and the file (<c>web-db-env</c> for <c>db.env</c>); only
    /// keys a ConfigMap accepts, the others stay in <c>env</c>.
    /// </summary>
    private static IEnumerable<EnvConfigMap> Files(ConversionContext context, Service service)
    {
        if (!context.Files.EnvFiles.TryGetValue(service.Name, out var files))
        {
            yield break;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var stem = FileStem().Replace(Path.GetFileName(file.Path).ToLowerInvariant(), "-").Trim('-');
            var name = $"{context.NameOf(service.Name)}-{(stem.Length == 0 ? "env" : stem)}";
            name = used.Add(name) ? name : $"{name}-{file.Index + 1}";
            used.Add(name);
            // A bare environment name set nowhere (NAME: null) hides the file's value, as in the container docker
            // compose makes; envFrom would bring it back, so it stays out of the ConfigMap.
            var entries = file.Entries.Where(e => KubernetesNames.IsDataKey(e.Key) && !Unset(service, e.Key)).ToList();
            yield return new EnvConfigMap(name[..Math.Min(name.Length, 253)], entries);
        }
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex FileStem();
}
