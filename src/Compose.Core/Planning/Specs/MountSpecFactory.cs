using System.Collections.Immutable;
using Compose.Errors;
using Compose.Model;
using Compose.Runtime;

namespace Compose.Planning.Specs;

/// <summary>
/// A service's mounts for the runtime: its <c>volumes:</c> (named volumes by their engine names), then file-based
/// secrets and configs as read-only binds at their targets. Secrets and configs from <c>environment</c> or
/// <c>content</c> have no file to bind; they are copied into the container after it is created (not here).
/// </summary>
public static class MountSpecFactory
{
    public static ImmutableArray<MountSpec> Create(Project project, Service service) =>
    [
        .. service.Volumes.Select(mount => Mount(project, service, mount)),
        .. FileMounts(service.Secrets, project.Secrets, source => $"/run/secrets/{source}", relativeTo: "/run/secrets/"),
        .. FileMounts(service.Configs, project.Configs, source => $"/{source}", relativeTo: "/"),
    ];

    /// <summary><c>tmpfs:</c> entries: <c>/run:size=64m</c> → <c>/run</c> with options <c>size=64m</c>.</summary>
    public static ImmutableSortedDictionary<string, string> Tmpfs(Service service) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, service.Tmpfs.Select(entry => entry.IndexOf(':') is var cut and > 0
            ? KeyValuePair.Create(entry[..cut], entry[(cut + 1)..])
            : KeyValuePair.Create(entry, "")));

    private static MountSpec Mount(Project project, Service service, ServiceMount mount) => mount.Type switch
    {
        ServiceMount.Bind => new MountSpec
        {
            Type = MountType.Bind,
            Source = mount.Source,
            Target = mount.Target,
            ReadOnly = mount.ReadOnly,
            Consistency = mount.Consistency,
            BindPropagation = mount.BindOptions?.Propagation,
            BindCreateHostPath = mount.BindOptions?.CreateHostPath ?? false,
            BindSelinux = mount.BindOptions?.Selinux,
        },
        ServiceMount.Volume => new MountSpec
        {
            Type = MountType.Volume,
            Source = mount.Source is { } key && project.Volumes.TryGetValue(key, out var volume) ? volume.Name : mount.Source,
            Target = mount.Target,
            ReadOnly = mount.ReadOnly,
            Consistency = mount.Consistency,
            VolumeNoCopy = mount.VolumeOptions?.NoCopy ?? false,
            VolumeSubpath = mount.VolumeOptions?.Subpath,
            VolumeLabels = mount.VolumeOptions?.Labels ?? ImmutableSortedDictionary<string, string>.Empty,
        },
        ServiceMount.Tmpfs => new MountSpec
        {
            Type = MountType.Tmpfs,
            Target = mount.Target,
            ReadOnly = mount.ReadOnly,
            TmpfsSizeBytes = mount.TmpfsOptions?.Size,
            TmpfsMode = mount.TmpfsOptions?.Mode,
        },
        ServiceMount.Image => new MountSpec { Type = MountType.Image, Source = mount.Source, Target = mount.Target, ReadOnly = true },
        ServiceMount.Npipe => new MountSpec { Type = MountType.NamedPipe, Source = mount.Source, Target = mount.Target, ReadOnly = mount.ReadOnly },
        _ => throw new ComposeException($"service \"{service.Name}\" mounts a {mount.Type} volume at {mount.Target}, which needs swarm; use a named volume instead."),
    };

    private static IEnumerable<MountSpec> FileMounts(
        ImmutableArray<ServiceFileReference> references,
        ImmutableSortedDictionary<string, FileObject> defined,
        Func<string, string> defaultTarget,
        string relativeTo)
    {
        foreach (var reference in references)
        {
            if (defined.TryGetValue(reference.Source, out var file) && file.File is { } path)
            {
                var target = reference.Target is null ? defaultTarget(reference.Source)
                    : reference.Target.StartsWith('/') ? reference.Target
                    : relativeTo + reference.Target;
                yield return new MountSpec { Type = MountType.Bind, Source = path, Target = target, ReadOnly = true };
            }
        }
    }
}
