using System.Collections.Immutable;
using Compose.Observing;
using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>
/// A recreated container keeps the data of its predecessor's anonymous volumes (declared ones and the image's
/// <c>VOLUME</c>s), as docker compose does: each anonymous volume of the old container is mounted again at the same
/// place, unless the new definition mounts something else there (a named volume, a bind, a tmpfs).
/// </summary>
internal static class AnonymousVolumes
{
    public static ContainerCreateSpec Inherit(ContainerCreateSpec spec, ContainerInfo replaced)
    {
        var taken = spec.Mounts.Where(m => !IsAnonymous(m)).Select(m => Clean(m.Target))
            .Concat(spec.Tmpfs.Keys.Select(Clean))
            .ToHashSet(StringComparer.Ordinal);
        var inherited = replaced.Mounts
            .Where(m => ContainerFacts.IsAnonymousVolume(m) && !taken.Contains(Clean(m.Destination)))
            .Select(m => new MountSpec { Type = MountType.Volume, Source = m.Name, Target = Clean(m.Destination), ReadOnly = !m.ReadWrite })
            .ToList();
        if (inherited.Count == 0)
        {
            return spec;
        }

        var targets = inherited.Select(m => m.Target).ToHashSet(StringComparer.Ordinal);
        return spec with { Mounts = [.. spec.Mounts.Where(m => !(IsAnonymous(m) && targets.Contains(Clean(m.Target)))), .. inherited] };
    }

    /// <summary>
    /// Removes the anonymous volumes of removed containers once the removals are done. Explicit, because the engine's
    /// own <c>rm -v</c> skips a volume a container received by name, which is how an inherited one is mounted.
    /// </summary>
    public static ImmutableArray<int> PlanRemoval(IEnumerable<ContainerInfo> containers, IReadOnlyList<int> after, PlanBuilder builder)
    {
        var names = containers.SelectMany(c => c.Mounts).Where(ContainerFacts.IsAnonymousVolume).Select(m => m.Name!).Distinct().Order(StringComparer.Ordinal);
        return [.. names.Select(name => builder.Add(new RemoveVolumeStep
        {
            Id = 0, Resource = $"volume:{name[..12]}", Reason = "anonymous volume", VolumeName = name, SkipWhenInUse = true, DependsOn = [.. after],
        }))];
    }

    private static bool IsAnonymous(MountSpec mount) => mount.Type == MountType.Volume && mount.Source is null;

    private static string Clean(string path) => path.Length > 1 ? path.TrimEnd('/') : path;
}
