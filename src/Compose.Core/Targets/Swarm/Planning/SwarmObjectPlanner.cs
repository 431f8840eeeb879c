using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Binding;
using Compose.Model;
using Compose.Planning;
using Compose.Planning.Steps;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Observing;
using Compose.Targets.Swarm.Steps;

namespace Compose.Targets.Swarm.Planning;

/// <summary>
/// Secrets and configs. A swarm object's data cannot change, so each content gets its own object, named
/// <c>STACK_KEY-DIGEST</c>: an edited file becomes a new object and the services using it roll over to it. A
/// <c>name:</c> in the files is used as written (the user versions it), and refused when an object of that name holds
/// other content. External ones must exist. Old versions are removed once neither a service nor its rollback uses them.
/// </summary>
public static class SwarmObjectPlanner
{
    public static SwarmObjectPlan Plan(Project project, SwarmObserved observed, PlanBuilder plan, SourceMap sources)
    {
        var names = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var created = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var (kind, key, file) in Used(project))
        {
            var path = $"{Plural(kind)}.{key}";
            if (file.External)
            {
                names[$"{Kind(kind)}:{key}"] = RequireExternal(observed, kind, file.Name ?? key, path, sources);
                continue;
            }

            var content = observed.Contents[$"{Kind(kind)}:{key}"];
            // The loader fills every name (<project>_<key>, as compose-go does); only one the file writes is fixed.
            var written = sources.Has($"{path}.name") ? file.Name : null;
            var name = written ?? SwarmNames.Versioned(observed.Stack, key, content.Digest);
            names[$"{Kind(kind)}:{key}"] = name;
            var existing = observed.Objects(kind).FirstOrDefault(o => o.Name == name);
            if (existing is null)
            {
                created[$"{Kind(kind)}:{name}"] = plan.Add(CreateStep(kind, Spec(observed.Stack, name, file, content), written is null ? $"not found (content {content.Digest[..10]})" : "not found"));
            }
            else if (existing.Labels.GetValueOrDefault(SwarmLabels.ContentDigest) is { } digest && digest != content.Digest)
            {
                throw new ComposeFileException(sources.Find($"{path}.name"), path,
                    $"the swarm's {Kind(kind)} {name} holds other content, and swarm {Plural(kind)} cannot change: give the new content a new name (or drop name: so composectl versions it).");
            }
        }

        return new SwarmObjectPlan(names.ToImmutable(), created.ToImmutable());
    }

    /// <summary>
    /// The stack's versioned objects nobody needs: not named by the new specs, by the current specs of services
    /// left alone, nor by the specs a rollback returns to (the current spec of an updated service, the previous one
    /// of a service left alone). Objects the stack did not version (made by docker stack, or named in the files) stay.
    /// </summary>
    public static void RemoveUnused(SwarmObserved observed, IReadOnlyCollection<SwarmServiceSpec> desired, IReadOnlySet<string> updated, PlanBuilder plan, ImmutableArray<int> after)
    {
        var keep = desired.SelectMany(Names).ToHashSet(StringComparer.Ordinal);
        foreach (var service in observed.Services.Values.Where(s => desired.Any(d => d.Name == s.Spec.Name)))
        {
            keep.UnionWith(Names(service.Spec));
            if (!updated.Contains(service.Spec.Name) && service.PreviousSpec is { } previous)
            {
                keep.UnionWith(Names(previous));
            }
        }

        foreach (var kind in new[] { SwarmObjectKind.Secret, SwarmObjectKind.Config })
        {
            foreach (var unused in observed.Objects(kind).Where(o => observed.InStack(o) && o.Labels.ContainsKey(SwarmLabels.ContentDigest) && !keep.Contains(o.Name)))
            {
                plan.Add(RemoveStep(kind, unused, "no longer used") with { DependsOn = after });
            }
        }
    }

    public static PlanStep RemoveStep(SwarmObjectKind kind, SwarmObject item, string reason) => kind == SwarmObjectKind.Secret
        ? new RemoveSecretStep { Id = 0, Resource = $"secret:{item.Name}", Reason = reason, Name = item.Name, ObjectId = item.Id }
        : new RemoveConfigStep { Id = 0, Resource = $"config:{item.Name}", Reason = reason, Name = item.Name, ObjectId = item.Id };

    private static IEnumerable<string> Names(SwarmServiceSpec spec) =>
        spec.Container.Secrets.Select(s => s.ObjectName).Concat(spec.Container.Configs.Select(c => c.ObjectName));

    private static SwarmObjectSpec Spec(string stack, string name, FileObject file, ObjectContent content) => new()
    {
        Name = name,
        Labels = file.Labels.SetItem(SwarmLabels.Namespace, stack).SetItem(SwarmLabels.ContentDigest, content.Digest),
        Data = content.Data,
        Driver = file.Driver,
        DriverOptions = file.DriverOpts,
        TemplateDriver = file.TemplateDriver,
    };

    private static PlanStep CreateStep(SwarmObjectKind kind, SwarmObjectSpec spec, string reason) => kind == SwarmObjectKind.Secret
        ? new CreateSecretStep { Id = 0, Resource = $"secret:{spec.Name}", Reason = reason, Spec = spec }
        : new CreateConfigStep { Id = 0, Resource = $"config:{spec.Name}", Reason = reason, Spec = spec };

    private static string RequireExternal(SwarmObserved observed, SwarmObjectKind kind, string name, string path, SourceMap sources) =>
        observed.Objects(kind).Any(o => o.Name == name)
            ? name
            : throw new ComposeFileException(sources.Find(path), path,
                $"{Kind(kind)} {name} is declared external but the swarm has none: create it first (docker {Kind(kind)} create {name} FILE).");

    private static IEnumerable<(SwarmObjectKind Kind, string Key, FileObject File)> Used(Project project)
    {
        var secrets = project.Services.Values.SelectMany(s => s.Secrets).Select(r => r.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var configs = project.Services.Values.SelectMany(s => s.Configs).Select(r => r.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return secrets.Where(project.Secrets.ContainsKey).Select(k => (SwarmObjectKind.Secret, k, project.Secrets[k]))
            .Concat(configs.Where(project.Configs.ContainsKey).Select(k => (SwarmObjectKind.Config, k, project.Configs[k])));
    }

    private static string Kind(SwarmObjectKind kind) => kind == SwarmObjectKind.Secret ? "secret" : "config";

    private static string Plural(SwarmObjectKind kind) => Kind(kind) + "s";
}
