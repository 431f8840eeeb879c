using System.Collections.Immutable;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>
/// Mounts as the engine takes them. Binds that must create their host path or carry an SELinux label go in the
/// legacy <c>Binds</c> list (the only form that does either on every API version, as docker compose does);
/// everything else is a structured <c>Mounts</c> entry.
/// </summary>
internal static class MountMapper
{
    public static (string[]? Binds, MountDto[]? Mounts) ToDto(ImmutableArray<MountSpec> mounts, ApiFeatures features)
    {
        if (mounts.IsDefaultOrEmpty)
        {
            return (null, null);
        }

        var binds = mounts.Where(IsLegacyBind).Select(BindString).ToArray();
        var structured = mounts.Where(m => !IsLegacyBind(m)).Select(m => ToMount(m, features)).ToArray();
        return (binds.Length == 0 ? null : binds, structured.Length == 0 ? null : structured);
    }

    private static bool IsLegacyBind(MountSpec mount) =>
        mount.Type == MountType.Bind && (mount.BindCreateHostPath || mount.BindSelinux is not null);

    /// <summary><c>source:target[:ro][,propagation][,z]</c>.</summary>
    private static string BindString(MountSpec mount)
    {
        var options = new List<string> { mount.ReadOnly ? "ro" : "rw" };
        if (mount.BindPropagation is { } propagation)
        {
            options.Add(propagation);
        }

        if (mount.BindSelinux is { } selinux)
        {
            options.Add(selinux);
        }

        return $"{mount.Source}:{mount.Target}:{string.Join(',', options)}";
    }

    private static MountDto ToMount(MountSpec mount, ApiFeatures features)
    {
        features.Require(mount.Type == MountType.Image, ApiFeatures.ImageMounts, $"an image mount at {mount.Target}");
        features.Require(mount.VolumeSubpath is not null && mount.Type == MountType.Volume, ApiFeatures.VolumeSubpath, $"a volume subpath at {mount.Target}");
        return new MountDto
        {
            Type = TypeName(mount.Type),
            Source = mount.Source,
            Target = mount.Target,
            ReadOnly = mount.ReadOnly,
            Consistency = mount.Consistency,
            BindOptions = mount is { Type: MountType.Bind, BindPropagation: { } propagation } ? new BindOptionsDto { Propagation = propagation } : null,
            VolumeOptions = mount.Type == MountType.Volume ? VolumeOptions(mount) : null,
            TmpfsOptions = mount.Type == MountType.Tmpfs && (mount.TmpfsSizeBytes is not null || mount.TmpfsMode is not null)
                ? new TmpfsOptionsDto { SizeBytes = mount.TmpfsSizeBytes, Mode = mount.TmpfsMode }
                : null,
            ImageOptions = mount.Type == MountType.Image && mount.VolumeSubpath is { } subpath ? new ImageOptionsDto { Subpath = subpath } : null,
        };
    }

    private static VolumeOptionsDto? VolumeOptions(MountSpec mount) =>
        !mount.VolumeNoCopy && mount.VolumeLabels.IsEmpty && mount.VolumeSubpath is null
            ? null
            : new VolumeOptionsDto
            {
                NoCopy = mount.VolumeNoCopy,
                Labels = mount.VolumeLabels.IsEmpty ? null : new(mount.VolumeLabels, StringComparer.Ordinal),
                Subpath = mount.VolumeSubpath,
            };

    private static string TypeName(MountType type) => type switch
    {
        MountType.Bind => "bind",
        MountType.Volume => "volume",
        MountType.Tmpfs => "tmpfs",
        MountType.NamedPipe => "npipe",
        MountType.Image => "image",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown mount type"),
    };
}
