using System.Collections.Immutable;
using Compose.Runtime.Docker.Wire;

namespace Compose.Runtime.Docker;

/// <summary>The host side of a <see cref="ContainerCreateSpec"/>: mounts, ports, security, namespaces, resources.</summary>
internal static class HostConfigMapper
{
    public static HostConfigDto ToDto(ContainerCreateSpec spec, ApiFeatures features)
    {
        features.Require(!spec.Annotations.IsEmpty, ApiFeatures.ContainerAnnotations, "annotations");
        var (binds, mounts) = MountMapper.ToDto(spec.Mounts, features);
        var host = new HostConfigDto
        {
            Binds = binds,
            Mounts = mounts,
            Tmpfs = Map(spec.Tmpfs),
            PortBindings = PortBindings(spec.Ports),
            NetworkMode = NetworkingMapper.NetworkMode(spec),
            RestartPolicy = spec.RestartPolicy is { } policy ? new RestartPolicyDto { Name = policy.Name, MaximumRetryCount = policy.MaximumRetryCount } : null,
            VolumesFrom = List(spec.Docker?.VolumesFrom ?? []),
            Init = spec.Init,
            Privileged = spec.Privileged,
            AutoRemove = spec.AutoRemove,
            ReadonlyRootfs = spec.ReadOnlyRootFilesystem,
            ShmSize = spec.ShmSize,
            GroupAdd = List(spec.GroupAdd),
            Links = List(spec.Docker?.Links ?? []),
            StorageOpt = Map(spec.Docker?.StorageOpt ?? ImmutableSortedDictionary<string, string>.Empty),
            Annotations = Map(spec.Annotations),
            LogConfig = spec.Logging is { } logging ? new LogConfigDto { Type = logging.Driver, Config = Map(logging.Options) } : null,
        };
        ApplyNamespaces(spec, host);
        ApplySecurity(spec, host);
        ResourceMapper.Apply(spec.Resources, host);
        return host;
    }

    private static void ApplyNamespaces(ContainerCreateSpec spec, HostConfigDto host)
    {
        host.IpcMode = spec.IpcMode;
        host.PidMode = spec.PidMode;
        host.UTSMode = spec.UtsMode;
        host.UsernsMode = spec.UsernsMode;
        host.CgroupnsMode = spec.CgroupnsMode;
        host.CgroupParent = spec.CgroupParent;
        host.Runtime = spec.Runtime;
        host.Isolation = spec.Docker?.Isolation;
        host.Dns = List(spec.Dns);
        host.DnsSearch = List(spec.DnsSearch);
        host.DnsOptions = List(spec.DnsOptions);
        host.ExtraHosts = List(spec.ExtraHosts);
    }

    private static void ApplySecurity(ContainerCreateSpec spec, HostConfigDto host)
    {
        host.CapAdd = List(spec.CapAdd);
        host.CapDrop = List(spec.CapDrop);
        host.SecurityOpt = List(spec.SecurityOpt);
        host.Sysctls = Map(spec.Sysctls);
        host.Ulimits = spec.Ulimits.IsDefaultOrEmpty ? null : [.. spec.Ulimits.Select(u => new UlimitDto { Name = u.Name, Soft = u.Soft, Hard = u.Hard })];
        host.Devices = spec.Devices.IsDefaultOrEmpty
            ? null
            : [.. spec.Devices.Select(d => new DeviceMappingDto { PathOnHost = d.PathOnHost, PathInContainer = d.PathInContainer, CgroupPermissions = d.CgroupPermissions })];
        host.DeviceCgroupRules = List(spec.DeviceCgroupRules);
    }

    private static Dictionary<string, PortBindingDto[]>? PortBindings(ImmutableArray<PortBinding> ports)
    {
        if (ports.IsDefaultOrEmpty)
        {
            return null;
        }

        return ports
            .GroupBy(p => ContainerSpecMapper.PortKey(p.ContainerPort, p.Protocol), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(p => new PortBindingDto { HostIp = p.HostIp ?? "", HostPort = p.HostPort ?? "" }).ToArray(),
                StringComparer.Ordinal);
    }

    private static string[]? List(ImmutableArray<string> values) => values.IsDefaultOrEmpty ? null : [.. values];

    private static Dictionary<string, string>? Map(ImmutableSortedDictionary<string, string> values) =>
        values.IsEmpty ? null : new(values, StringComparer.Ordinal);
}
