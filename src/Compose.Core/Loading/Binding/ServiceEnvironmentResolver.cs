using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>
/// Gives each service its final environment and labels, as docker compose (compose-go's
/// <c>WithServicesEnvironmentResolved</c>) does: <c>env_file</c> contents, overlaid by <c>environment</c>. A bare
/// <c>NAME</c> takes its value from the shell (or <c>.env</c>); when it is set nowhere it stays as <c>NAME: null</c>
/// and wins over an <c>env_file</c> value, so the container gets NAME unset (the engine also drops the image's
/// value for it). Labels likewise over <c>label_file</c>. The files stay listed for consumers that use them
/// (<c>convert --to kubernetes</c> makes ConfigMaps of them) unless <see cref="BindingContext.DiscardEnvFiles"/>,
/// which <c>config</c> sets as docker compose's does. Build args without a value take the shell's, or are dropped.
/// Without interpolation (<c>config --no-interpolate</c>) the files are not read and stay listed, as docker compose
/// prints them then.
/// </summary>
public sealed class ServiceEnvironmentResolver(BindingContext context, SourceMap sources)
{
    public async Task<Project> ResolveAsync(Project project, CancellationToken cancellationToken)
    {
        var reader = new ServiceFileReader(context, sources);
        var services = new List<KeyValuePair<string, Service>>(project.Services.Count);
        foreach (var (name, service) in project.Services)
        {
            var resolved = service with
            {
                Build = service.Build is { } build ? build with { Args = ResolveArgs(build.Args) } : null,
            };
            services.Add(KeyValuePair.Create(name, context.Interpolated
                ? await MergeFilesAsync(reader, resolved, cancellationToken).ConfigureAwait(false)
                : resolved with { Environment = Overlay(new Dictionary<string, string>(), service.Environment) }));
        }

        return project with { Services = ModelMaps.From(services) };
    }

    private async Task<Service> MergeFilesAsync(ServiceFileReader reader, Service service, CancellationToken cancellationToken)
    {
        var environment = await reader.ReadEnvFilesAsync(service, cancellationToken).ConfigureAwait(false);
        var labels = await reader.ReadLabelFilesAsync(service, cancellationToken).ConfigureAwait(false);
        return service with
        {
            Environment = Overlay(environment, service.Environment),
            EnvFiles = context.DiscardEnvFiles ? [] : service.EnvFiles,
            Labels = service.LabelFiles.IsEmpty ? service.Labels : service.Labels.SetItems(labels.Where(l => !service.Labels.ContainsKey(l.Key))),
            LabelFiles = context.DiscardEnvFiles ? [] : service.LabelFiles,
        };
    }

    /// <summary>The declared entries over the files' values; a bare name set nowhere stays null and hides the files' value.</summary>
    private ImmutableSortedDictionary<string, string?> Overlay(
        Dictionary<string, string> fromFiles, ImmutableSortedDictionary<string, string?> declared)
    {
        var result = new Dictionary<string, string?>(fromFiles.Count + declared.Count, StringComparer.Ordinal);
        foreach (var (key, value) in fromFiles)
        {
            result[key] = value;
        }

        foreach (var (key, value) in declared)
        {
            result[key] = value ?? (context.Variables.TryGet(key, out var fromShell) ? fromShell : null);
        }

        return ModelMaps.From(result);
    }

    /// <summary>A bare build arg takes the shell's value; set nowhere, it is dropped (compose-go keeps no empty arg; the builder then uses the Dockerfile's default).</summary>
    private ImmutableSortedDictionary<string, string?> ResolveArgs(
        ImmutableSortedDictionary<string, string?> args) =>
        ModelMaps.From(args
            .Select(a => KeyValuePair.Create(a.Key, a.Value ?? (context.Variables.TryGet(a.Key, out var v) ? v : null)))
            .Where(a => a.Value is not null));
}
