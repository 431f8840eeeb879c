using Compose.Loading.Binding;
using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// A service's <c>volumes:</c>, <c>tmpfs:</c> and <c>shm_size</c> as pod volumes and mounts: named volumes as
/// PersistentVolumeClaims (external ones by their name, expected to exist), anonymous volumes and tmpfs as emptyDirs,
/// <c>shm_size</c> as a memory emptyDir on /dev/shm. Host paths have no portable mapping and are left out with a warning.
/// </summary>
public static class MountMapper
{
    public static List<V1VolumeMount> Mounts(ConversionContext context, Service service, PodVolumes volumes)
    {
        var mounts = new List<V1VolumeMount>();
        for (var i = 0; i < service.Volumes.Length; i++)
        {
            if (Mount(context, service, service.Volumes[i], $"services.{service.Name}.volumes[{i}]", volumes) is { } mount)
            {
                mounts.Add(mount);
            }
        }

        foreach (var (target, options) in Planning.Specs.MountSpecFactory.Tmpfs(service))
        {
            var name = volumes.Add(MemoryVolume(KubernetesNames.VolumeName("tmpfs", target), TmpfsSize(options)));
            mounts.Add(new V1VolumeMount { Name = name, MountPath = target });
        }

        if (service.ShmSize is { } shm)
        {
            mounts.Add(new V1VolumeMount { Name = volumes.Add(MemoryVolume("dshm", shm)), MountPath = "/dev/shm" });
        }

        return mounts;
    }

    private static V1VolumeMount? Mount(ConversionContext context, Service service, ServiceMount mount, string path, PodVolumes volumes)
    {
        switch (mount.Type)
        {
            case ServiceMount.Volume when mount.Source is { } key && context.Project.Volumes.TryGetValue(key, out var volume):
                var name = volumes.TemplatedVolumes.Contains(key)
                    ? volumes.AddClaimTemplate(ClaimBuilder.Template(context, key))
                    : volumes.Add(new V1Volume { Name = KubernetesNames.VolumeName("vol", key), PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = ClaimBuilder.ClaimName(context, key, volume) } });
                return new V1VolumeMount { Name = name, MountPath = mount.Target, ReadOnlyProperty = mount.ReadOnly ? true : null, SubPath = mount.VolumeOptions?.Subpath };
            case ServiceMount.Volume:
                // Anonymous: a fresh directory per pod, as compose gives a fresh volume per container.
                var anonymous = volumes.Add(new V1Volume { Name = KubernetesNames.VolumeName("anon", mount.Target), EmptyDir = new V1EmptyDirVolumeSource() });
                return new V1VolumeMount { Name = anonymous, MountPath = mount.Target, ReadOnlyProperty = mount.ReadOnly ? true : null };
            case ServiceMount.Tmpfs:
                var tmpfs = volumes.Add(MemoryVolume(KubernetesNames.VolumeName("tmpfs", mount.Target), mount.TmpfsOptions?.Size));
                return new V1VolumeMount { Name = tmpfs, MountPath = mount.Target, ReadOnlyProperty = mount.ReadOnly ? true : null };
            case ServiceMount.Bind:
                context.Warn(WarningKinds.BindMount, path,
                    $"bind mount of the host path {Loading.DisplayPaths.For(mount.Source ?? "", context.Project.WorkingDirectory)} has no portable mapping and is left out; put its files in a configs: entry (a ConfigMap) or an image, or its data in a named volume.");
                return null;
            default:
                context.Warn(WarningKinds.Volume, path, $"a {mount.Type} mount has no Kubernetes mapping and is left out.");
                return null;
        }
    }

    private static V1Volume MemoryVolume(string name, long? size) => new()
    {
        Name = name,
        EmptyDir = new V1EmptyDirVolumeSource { Medium = "Memory", SizeLimit = size is { } bytes ? KubeValues.Bytes(bytes) : null },
    };

    /// <summary>The <c>size=</c> of a <c>tmpfs:</c> entry's options (<c>size=64m,mode=1777</c>).</summary>
    private static long? TmpfsSize(string options) => options.Split(',', StringSplitOptions.TrimEntries)
        .Where(o => o.StartsWith("size=", StringComparison.Ordinal))
        .Select(o => ByteSizeSyntax.TryParse(o[5..], out var bytes) ? bytes : (long?)null)
        .LastOrDefault();
}
