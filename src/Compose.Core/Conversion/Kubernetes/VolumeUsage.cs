using System.Collections.Immutable;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Which workloads' pods mount each named volume (a service's pods also mount its init services' volumes), which
/// decides a claim's access mode and whether a StatefulSet gets the volume as a per-replica claim template.
/// </summary>
public static class VolumeUsage
{
    /// <summary>Volume key → the workload services whose pods mount it.</summary>
    public static ImmutableSortedDictionary<string, ImmutableArray<string>> Of(ConversionContext context)
    {
        var users = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (name, role) in context.Roles.Where(r => Runs(r.Value.Kind)))
        {
            var keys = role.InitServices.Prepend(name)
                .SelectMany(s => context.Project.Services[s].Volumes)
                .Where(m => WorkloadClassifier.IsClaim(context.Project, m))
                .Select(m => m.Source!)
                .Distinct(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                (users.TryGetValue(key, out var list) ? list : users[key] = []).Add(name);
            }
        }

        return users.ToImmutableSortedDictionary(u => u.Key, u => u.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>Volumes one StatefulSet alone mounts: each of its replicas gets its own claim.</summary>
    public static IReadOnlySet<string> TemplatedFor(ConversionContext context, string service) =>
        context.Roles[service].Kind != WorkloadKind.StatefulSet
            ? new HashSet<string>()
            : Of(context).Where(u => u.Value is [var only] && only == service && !context.Project.Volumes[u.Key].External).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>ReadWriteOnce when one pod alone mounts the volume, else ReadWriteMany (compose shares a volume freely).</summary>
    public static string AccessMode(ConversionContext context, ImmutableArray<string> users) =>
        users is [var only] && context.Roles[only].Kind is WorkloadKind.Deployment or WorkloadKind.Job or WorkloadKind.StatefulSet
            && context.Project.Services[only].Replicas <= 1
            ? "ReadWriteOnce"
            : "ReadWriteMany";

    public static bool Runs(WorkloadKind kind) => kind is not (WorkloadKind.InitContainer or WorkloadKind.None);
}
