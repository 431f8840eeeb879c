using System.Collections.Immutable;
using Compose.Model;
using Compose.Runtime;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Mapping;

/// <summary>
/// A service's <c>volumes:</c> as task mounts. A named volume is created on each node a task lands on, with the
/// stack's label and the volume's driver, as docker stack does; its data stays on that node.
/// </summary>
public static class SwarmMountMapper
{
    public static ImmutableArray<SwarmMount> Map(SwarmMappingContext context, Service service) =>
        [.. service.Volumes.Select(m => Map(context, m))];

    private static SwarmMount Map(SwarmMappingContext context, ServiceMount mount) => mount.Type switch
    {
        ServiceMount.Volume => Volume(context, mount),
        ServiceMount.Bind => Common(mount, MountType.Bind) with { Source = mount.Source, BindPropagation = mount.BindOptions?.Propagation },
        ServiceMount.Tmpfs => Common(mount, MountType.Tmpfs) with { TmpfsSizeBytes = mount.TmpfsOptions?.Size is > 0 ? mount.TmpfsOptions.Size : null, TmpfsMode = mount.TmpfsOptions?.Mode is > 0 ? mount.TmpfsOptions.Mode : null },
        ServiceMount.Npipe => Common(mount, MountType.NamedPipe) with { Source = mount.Source },
        _ => throw new InvalidOperationException($"{mount.Type} mounts are refused before mapping"),
    };

    private static SwarmMount Volume(SwarmMappingContext context, ServiceMount mount)
    {
        var common = Common(mount, MountType.Volume) with { VolumeNoCopy = mount.VolumeOptions?.NoCopy ?? false, VolumeSubpath = mount.VolumeOptions?.Subpath };
        if (mount.Source is null)
        {
            return common;
        }

        var volume = context.Project.Volumes.TryGetValue(mount.Source, out var defined) ? defined : new Volume { Name = mount.Source, External = true };
        var named = common with { Source = SwarmNames.Resource(context.Project, context.Stack, mount.Source, volume.Name, volume.External) };
        return volume.External ? named : named with
        {
            VolumeLabels = volume.Labels.SetItem(SwarmLabels.Namespace, context.Stack),
            VolumeDriver = volume.Driver,
            VolumeDriverOptions = volume.DriverOpts,
        };
    }

    private static SwarmMount Common(ServiceMount mount, MountType type) => new()
    {
        Type = type,
        Target = mount.Target,
        ReadOnly = mount.ReadOnly,
        Consistency = mount.Consistency,
    };
}
