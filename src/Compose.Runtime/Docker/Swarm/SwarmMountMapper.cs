using Compose.Runtime.Docker.Swarm.Wire;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Swarm;

namespace Compose.Runtime.Docker.Swarm;

/// <summary>Task mounts both ways: a volume's labels and driver travel with the mount, since each node creates it.</summary>
internal static class SwarmMountMapper
{
    public static SwarmMountDto ToWire(SwarmMount mount) => new()
    {
        Type = TypeName(mount.Type),
        Source = mount.Source,
        Target = mount.Target,
        ReadOnly = mount.ReadOnly,
        Consistency = mount.Consistency,
        BindOptions = mount.BindPropagation is { } propagation ? new BindOptionsDto { Propagation = propagation } : null,
        VolumeOptions = mount.Type == MountType.Volume ? VolumeOptions(mount) : null,
        TmpfsOptions = mount.TmpfsSizeBytes is not null || mount.TmpfsMode is not null
            ? new TmpfsOptionsDto { SizeBytes = mount.TmpfsSizeBytes, Mode = mount.TmpfsMode }
            : null,
    };

    public static SwarmMount FromWire(SwarmMountDto dto) => new()
    {
        Type = TypeOf(dto.Type),
        Source = string.IsNullOrEmpty(dto.Source) ? null : dto.Source,
        Target = dto.Target,
        ReadOnly = dto.ReadOnly,
        Consistency = string.IsNullOrEmpty(dto.Consistency) ? null : dto.Consistency,
        BindPropagation = string.IsNullOrEmpty(dto.BindOptions?.Propagation) ? null : dto.BindOptions.Propagation,
        VolumeNoCopy = dto.VolumeOptions?.NoCopy ?? false,
        VolumeSubpath = string.IsNullOrEmpty(dto.VolumeOptions?.Subpath) ? null : dto.VolumeOptions.Subpath,
        VolumeLabels = SwarmMaps.FromWire(dto.VolumeOptions?.Labels),
        VolumeDriver = string.IsNullOrEmpty(dto.VolumeOptions?.DriverConfig?.Name) ? null : dto.VolumeOptions.DriverConfig.Name,
        VolumeDriverOptions = SwarmMaps.FromWire(dto.VolumeOptions?.DriverConfig?.Options),
        TmpfsSizeBytes = dto.TmpfsOptions?.SizeBytes is { } size and not 0 ? size : null,
        TmpfsMode = dto.TmpfsOptions?.Mode is { } mode and not 0 ? mode : null,
    };

    private static SwarmVolumeOptionsDto? VolumeOptions(SwarmMount mount)
    {
        var driver = mount.VolumeDriver is not null || !mount.VolumeDriverOptions.IsEmpty
            ? new DriverDto { Name = mount.VolumeDriver, Options = SwarmMaps.ToWire(mount.VolumeDriverOptions) }
            : null;
        return !mount.VolumeNoCopy && mount.VolumeSubpath is null && mount.VolumeLabels.IsEmpty && driver is null
            ? null
            : new SwarmVolumeOptionsDto { NoCopy = mount.VolumeNoCopy, Subpath = mount.VolumeSubpath, Labels = SwarmMaps.ToWire(mount.VolumeLabels), DriverConfig = driver };
    }

    private static string TypeName(MountType type) => type switch
    {
        MountType.Bind => "bind",
        MountType.Volume => "volume",
        MountType.Tmpfs => "tmpfs",
        MountType.NamedPipe => "npipe",
        MountType.Image => "image",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static MountType TypeOf(string name) => name switch
    {
        "bind" => MountType.Bind,
        "tmpfs" => MountType.Tmpfs,
        "npipe" => MountType.NamedPipe,
        "image" => MountType.Image,
        _ => MountType.Volume,
    };
}
