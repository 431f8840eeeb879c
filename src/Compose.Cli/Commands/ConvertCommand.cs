using System.CommandLine;
using Compose.Conversion.Kubernetes;
using Compose.Errors;
using Compose.Model;
using Compose.Planning;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>convert</c>: docker compose's alias of <c>config</c>, with every <c>config</c> flag; with <c>--to kubernetes</c>,
/// Kubernetes manifests of the project instead (docs/cluster.md), to stdout or one file per object in <c>-o DIR</c>.
/// The conversion itself is <see cref="KubernetesConverter"/>; this only reads flags, prints warnings and writes.
/// </summary>
public sealed class ConvertCommand : ICliCommand
{
    private readonly ConfigCommand _config = new();
    private readonly Option<string?> _to = new("--to") { Description = "Convert to manifests for another orchestrator instead of the compose model. Values: [kubernetes]", HelpName = "TARGET" };
    private readonly Option<bool> _statefulSets = new("--statefulsets") { Description = "With --to kubernetes: services that mount named volumes become StatefulSets, a claim per replica" };
    private readonly Option<string> _serviceType = new("--service-type") { Description = "With --to kubernetes: the Service type of services that publish ports. Values: [ClusterIP | NodePort | LoadBalancer]", DefaultValueFactory = _ => "ClusterIP" };
    private readonly Option<string> _volumeSize = new("--volume-size") { Description = "With --to kubernetes: the storage each PersistentVolumeClaim requests", DefaultValueFactory = _ => "1Gi", HelpName = "QUANTITY" };

    /// <summary>The <c>config</c> flags that shape the compose model's text, which manifests have no use for.</summary>
    private static readonly string[] ModelOnlyFlags = ["--format", "--services", "--volumes", "--networks", "--profiles", "--images", "--hash", "--no-interpolate", "--variables", "--resolve-image-digests"];

    public ConvertCommand()
    {
        _to.AcceptOnlyFromAmong("kubernetes");
        _serviceType.AcceptOnlyFromAmong([.. KubernetesOptions.ServiceTypes]);
        Definition = new Command("convert", "Converts the compose file to platform's canonical format (an alias of config); --to kubernetes writes Kubernetes manifests")
        {
            _to, _statefulSets, _serviceType, _volumeSize,
        };
        foreach (var option in _config.Definition.Options)
        {
            Definition.Options.Add(option);
        }

        foreach (var argument in _config.Definition.Arguments)
        {
            Definition.Arguments.Add(argument);
        }
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var kubernetesFlags = new Option[] { _statefulSets, _serviceType, _volumeSize }.Where(o => parseResult.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
        if (parseResult.GetValue(_to) is null)
        {
            return kubernetesFlags.Count > 0
                ? throw new UsageException($"{string.Join(", ", kubernetesFlags)} only apply with --to kubernetes.")
                : await _config.ExecuteAsync(context, parseResult, cancellationToken).ConfigureAwait(false);
        }

        var modelFlags = _config.Definition.Options.Where(o => ModelOnlyFlags.Contains(o.Name) && parseResult.GetResult(o) is { Implicit: false }).Select(o => o.Name).ToList();
        if (modelFlags.Count > 0)
        {
            throw new UsageException($"{string.Join(", ", modelFlags)} shape the compose model's output and do not apply with --to kubernetes.");
        }

        return await ToKubernetesAsync(context, parseResult, cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> ToKubernetesAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var noConsistency = Option<bool>("--no-consistency");
        var loaded = await context.LoadProjectAsync(cancellationToken, request => request with { CheckConsistency = !parseResult.GetValue(noConsistency) }).ConfigureAwait(false);
        var names = parseResult.GetValue(_config.Definition.Arguments.OfType<Argument<string[]>>().Single()) ?? [];
        var selected = ServiceSelection.WithDependencies(loaded.Project, names);
        loaded = loaded with { Project = loaded.Project with { Services = ModelMaps.From(loaded.Project.Services.Where(s => selected.Contains(s.Key))) } };
        var options = new KubernetesOptions
        {
            StatefulSets = parseResult.GetValue(_statefulSets),
            PublishedServiceType = parseResult.GetValue(_serviceType) ?? "ClusterIP",
            VolumeSize = parseResult.GetValue(_volumeSize) ?? "1Gi",
        };
        var conversion = await KubernetesConverter.ConvertAsync(loaded, options, cancellationToken).ConfigureAwait(false);
        foreach (var warning in conversion.Warnings)
        {
            await context.Error.WriteLineAsync($"WARN[0000] {warning}").ConfigureAwait(false);
        }

        if (parseResult.GetValue(Option<bool>("--quiet")))
        {
            return ExitCodes.Success;
        }

        if (parseResult.GetValue(Option<string?>("--output")) is { } directory)
        {
            var result = await ManifestDirectory.WriteAsync(Path.GetFullPath(directory, context.Environment.WorkingDirectory), conversion.Objects, loaded.Project.Name, cancellationToken).ConfigureAwait(false);
            await context.Error.WriteLineAsync($"Wrote {result.Written.Length} manifests to {directory}{(result.Removed.IsEmpty ? "" : $", removed {result.Removed.Length} no longer made")}; apply them with kubectl apply -f {directory}").ConfigureAwait(false);
        }
        else
        {
            await context.Out.WriteAsync(KubernetesManifestSerializer.SerializeAll(conversion.Objects)).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private Option<T> Option<T>(string name) => _config.Definition.Options.OfType<Option<T>>().Single(o => o.Name == name);
}
