using System.Collections.Immutable;
using Compose.Runtime.Docker.Swarm.Wire;
using Compose.Runtime.Docker.Wire;
using Compose.Runtime.Swarm;

namespace Compose.Runtime.Docker.Swarm;

/// <summary>
/// <c>TaskTemplate.ContainerSpec</c> both ways. Reading normalizes what the engine fills in or leaves out (empty
/// lists, zero durations) to the form the spec is written in, so an unchanged service reads back equal.
/// </summary>
internal static class SwarmContainerMapper
{
    public static ContainerSpecDto ToWire(SwarmContainerSpec spec, SwarmObjectIds ids, ApiFeatures features) => new()
    {
        Image = spec.Image,
        Labels = SwarmMaps.ToWire(spec.Labels),
        Command = spec.Command is { IsEmpty: false } command ? [.. command] : null,
        Args = spec.Args is { IsEmpty: false } args ? [.. args] : null,
        Hostname = spec.Hostname,
        Env = SwarmMaps.ToWire(spec.Env),
        Dir = spec.Dir,
        User = spec.User,
        Groups = SwarmMaps.ToWire(spec.Groups),
        Init = spec.Init,
        StopSignal = spec.StopSignal,
        StopGracePeriod = SwarmDurations.ToWire(spec.StopGracePeriod),
        TTY = spec.Tty,
        OpenStdin = spec.OpenStdin,
        ReadOnly = spec.ReadOnly,
        Mounts = spec.Mounts.IsDefaultOrEmpty ? null : [.. spec.Mounts.Select(SwarmMountMapper.ToWire)],
        Healthcheck = spec.HealthCheck is { } health ? HealthToWire(health, features) : null,
        Hosts = SwarmMaps.ToWire(spec.Hosts),
        DNSConfig = spec.Dns is { } dns ? new DnsConfigDto { Nameservers = SwarmMaps.ToWire(dns.Nameservers), Search = SwarmMaps.ToWire(dns.Search), Options = SwarmMaps.ToWire(dns.Options) } : null,
        Secrets = spec.Secrets.IsDefaultOrEmpty ? null : [.. spec.Secrets.Select(s => new SecretReferenceDto { File = File(s), SecretName = s.ObjectName, SecretID = ids.Id(SwarmObjectKind.Secret, s.ObjectName) })],
        Configs = spec.Configs.IsDefaultOrEmpty ? null : [.. spec.Configs.Select(c => new ConfigReferenceDto { File = File(c), ConfigName = c.ObjectName, ConfigID = ids.Id(SwarmObjectKind.Config, c.ObjectName) })],
        Sysctls = SwarmMaps.ToWire(spec.Sysctls),
        CapabilityAdd = SwarmMaps.ToWire(spec.CapabilityAdd),
        CapabilityDrop = SwarmMaps.ToWire(spec.CapabilityDrop),
        Ulimits = spec.Ulimits.IsDefaultOrEmpty ? null : [.. spec.Ulimits.Select(u => new UlimitDto { Name = u.Name, Soft = u.Soft, Hard = u.Hard })],
        OomScoreAdj = spec.OomScoreAdj == 0 ? null : spec.OomScoreAdj,
    };

    public static SwarmContainerSpec FromWire(ContainerSpecDto dto) => new()
    {
        Image = dto.Image ?? "",
        Labels = SwarmMaps.FromWire(dto.Labels),
        Command = dto.Command is { Length: > 0 } command ? [.. command] : null,
        Args = dto.Args is { Length: > 0 } args ? [.. args] : null,
        Hostname = Text(dto.Hostname),
        Env = SwarmMaps.FromWire(dto.Env),
        Dir = Text(dto.Dir),
        User = Text(dto.User),
        Groups = SwarmMaps.FromWire(dto.Groups),
        Init = dto.Init,
        StopSignal = Text(dto.StopSignal),
        StopGracePeriod = SwarmDurations.FromWire(dto.StopGracePeriod),
        Tty = dto.TTY,
        OpenStdin = dto.OpenStdin,
        ReadOnly = dto.ReadOnly,
        Mounts = dto.Mounts is null ? [] : [.. dto.Mounts.Select(SwarmMountMapper.FromWire)],
        HealthCheck = dto.Healthcheck is { } health ? HealthFromWire(health) : null,
        Hosts = SwarmMaps.FromWire(dto.Hosts),
        Dns = dto.DNSConfig is { } dns ? new SwarmDnsConfig { Nameservers = SwarmMaps.FromWire(dns.Nameservers), Search = SwarmMaps.FromWire(dns.Search), Options = SwarmMaps.FromWire(dns.Options) } : null,
        Secrets = dto.Secrets is null ? [] : [.. dto.Secrets.Select(s => Reference(s.SecretName, s.File))],
        Configs = dto.Configs is null ? [] : [.. dto.Configs.Where(c => c.File is not null).Select(c => Reference(c.ConfigName, c.File))],
        Sysctls = SwarmMaps.FromWire(dto.Sysctls),
        CapabilityAdd = SwarmMaps.FromWire(dto.CapabilityAdd),
        CapabilityDrop = SwarmMaps.FromWire(dto.CapabilityDrop),
        Ulimits = dto.Ulimits is null ? [] : [.. dto.Ulimits.Select(u => new UlimitSpec(u.Name, u.Soft, u.Hard))],
        OomScoreAdj = dto.OomScoreAdj ?? 0,
    };

    private static FileTargetDto File(SwarmFileReference reference) =>
        new() { Name = reference.FileName, UID = reference.Uid, GID = reference.Gid, Mode = reference.Mode };

    private static SwarmFileReference Reference(string? name, FileTargetDto? file) => new()
    {
        ObjectName = name ?? "",
        FileName = file?.Name ?? "",
        Uid = file?.UID ?? "0",
        Gid = file?.GID ?? "0",
        Mode = file?.Mode ?? 0,
    };

    private static HealthConfigDto HealthToWire(HealthCheckSpec health, ApiFeatures features)
    {
        features.Require(health.StartInterval is not null, ApiFeatures.HealthStartInterval, "healthcheck.start_interval");
        return new HealthConfigDto
        {
            Test = health.Test.IsDefaultOrEmpty ? null : [.. health.Test],
            Interval = SwarmDurations.ToWire(health.Interval),
            Timeout = SwarmDurations.ToWire(health.Timeout),
            StartPeriod = SwarmDurations.ToWire(health.StartPeriod),
            StartInterval = SwarmDurations.ToWire(health.StartInterval),
            Retries = health.Retries,
        };
    }

    private static HealthCheckSpec HealthFromWire(HealthConfigDto dto) => new()
    {
        Test = dto.Test is null ? [] : [.. dto.Test],
        Interval = SwarmDurations.FromWire(dto.Interval),
        Timeout = SwarmDurations.FromWire(dto.Timeout),
        StartPeriod = SwarmDurations.FromWire(dto.StartPeriod),
        StartInterval = SwarmDurations.FromWire(dto.StartInterval),
        Retries = dto.Retries is 0 ? null : dto.Retries,
    };

    private static string? Text(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
