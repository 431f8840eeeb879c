using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>
/// Gives each service its final environment and labels, as docker compose does: <c>env_file</c> contents, overlaid by
/// <c>environment</c>; a bare <c>NAME</c> takes its value from the shell (or <c>.env</c>) and is dropped when unset
/// there, so the <c>env_file</c> value (if any) stays. Labels likewise over <c>label_file</c>. Build args without
/// a value take the shell's when it has one.
/// </summary>
public sealed class ServiceEnvironmentResolver(BindingContext context, SourceMap sources)
{
    public async Task<Project> ResolveAsync(Project project, CancellationToken cancellationToken)
    {
        var reader = new ServiceFileReader(context, sources);
        var services = new List<KeyValuePair<string, Service>>(project.Services.Count);
        foreach (var (name, service) in project.Services)
        {
            var environment = await reader.ReadEnvFilesAsync(service, cancellationToken).ConfigureAwait(false);
            var labels = await reader.ReadLabelFilesAsync(service, cancellationToken).ConfigureAwait(false);
            services.Add(KeyValuePair.Create(name, service with
            {
                Environment = Overlay(environment, service.Environment),
                Labels = service.LabelFiles.IsEmpty ? service.Labels : service.Labels.SetItems(labels.Where(l => !service.Labels.ContainsKey(l.Key))),
                Build = service.Build is { } build ? build with { Args = ResolveArgs(build.Args) } : null,
            }));
        }

        return project with { Services = ModelMaps.From(services) };
    }

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
            if (value is not null)
            {
                result[key] = value;
            }
            else if (context.Variables.TryGet(key, out var fromShell))
            {
                result[key] = fromShell;
            }
        }

        return ModelMaps.From(result);
    }

    private ImmutableSortedDictionary<string, string?> ResolveArgs(
        ImmutableSortedDictionary<string, string?> args) =>
        ModelMaps.From(args.Select(a => KeyValuePair.Create(a.Key, a.Value ?? (context.Variables.TryGet(a.Key, out var v) ? v : null))));
}
