using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Binding;
using Compose.Model;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// What every mapping rule reads (the project, where its keys were written, the options, the embedded files, each
/// service's role) and the one place warnings are collected: once per key path and kind, in the order found.
/// </summary>
public sealed class ConversionContext
{
    private readonly List<ConversionWarning> _warnings = [];
    private readonly HashSet<(string Kind, string KeyPath)> _warned = [];

    public ConversionContext(Project project, SourceMap sources, KubernetesOptions options, ConversionFiles files)
    {
        Project = project;
        Sources = sources;
        Options = options;
        Files = files;
        Names = ServiceNames(project, sources);
        Roles = WorkloadClassifier.Classify(project, options);
    }

    public Project Project { get; }
    public SourceMap Sources { get; }
    public KubernetesOptions Options { get; }
    public ConversionFiles Files { get; }

    /// <summary>Compose service → its Kubernetes name (a DNS-1035 label).</summary>
    public ImmutableSortedDictionary<string, string> Names { get; }

    public ImmutableSortedDictionary<string, WorkloadRole> Roles { get; }

    public ImmutableArray<ConversionWarning> Warnings => [.. _warnings];

    public string NameOf(string service) => Names[service];

    public void Warn(string kind, string keyPath, string message)
    {
        if (_warned.Add((kind, keyPath)))
        {
            _warnings.Add(new ConversionWarning(kind, Sources.Find(keyPath), keyPath, message));
        }
    }

    public ComposeFileException Refuse(string keyPath, string problem) => new(Sources.Find(keyPath), keyPath, problem);

    /// <summary>
    /// Where item <paramref name="index"/> of a list was written. Lists that expand (a port range is several ports)
    /// have fewer items in the file than in the model: then the list itself is the place.
    /// </summary>
    public string ItemPath(string listPath, int index, int count) =>
        Sources.Find($"{listPath}[{count - 1}]") != Sources.Find(listPath) && Sources.Find($"{listPath}[{count}]") == Sources.Find(listPath)
            ? $"{listPath}[{index}]"
            : listPath;

    private static ImmutableSortedDictionary<string, string> ServiceNames(Project project, SourceMap sources)
    {
        var names = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in project.Services.Keys)
        {
            var path = $"services.{service}";
            var name = KubernetesNames.Dns1035(service)
                ?? throw new ComposeFileException(sources.Find(path), path,
                    "this name cannot name a Kubernetes Service (a letter first, then letters, digits and '-', at most 63); rename the service to convert it.");
            if (owners.TryGetValue(name, out var other))
            {
                throw new ComposeFileException(sources.Find(path), path,
                    $"both '{other}' and '{service}' become the Kubernetes name '{name}'; rename one of them to convert the project.");
            }

            owners[name] = service;
            names[service] = name;
        }

        return names.ToImmutable();
    }
}
