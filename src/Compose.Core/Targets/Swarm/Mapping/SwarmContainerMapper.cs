using System.Collections.Immutable;
using Compose.Model;
using Compose.Planning.Specs;
using Compose.Runtime;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Mapping;

/// <summary>The container of a service's tasks: the process, its files, its limits inside the container.</summary>
public static class SwarmContainerMapper
{
    public static SwarmContainerSpec Map(SwarmMappingContext context, Service service) => new()
    {
        Image = context.ImageOf(service),
        Labels = service.Labels.SetItem(SwarmLabels.Namespace, context.Stack),
        // The engine's names: Command replaces the image's ENTRYPOINT, Args its CMD. An empty list means none.
        Command = service.Entrypoint is { IsEmpty: false } entrypoint ? entrypoint : null,
        Args = service.Command is { IsEmpty: false } command ? command : null,
        Hostname = service.Hostname,
        Env = [.. service.Environment.Select(e => e.Value is null ? e.Key : $"{e.Key}={e.Value}").Order(StringComparer.Ordinal)],
        Dir = service.WorkingDir,
        User = service.User,
        Groups = service.GroupAdd,
        Init = service.Init,
        StopSignal = service.StopSignal,
        StopGracePeriod = service.StopGracePeriod,
        Tty = service.Tty,
        OpenStdin = service.StdinOpen,
        ReadOnly = service.ReadOnly,
        Mounts = SwarmMountMapper.Map(context, service),
        HealthCheck = Normalize(HealthCheckSpecFactory.Create(service.HealthCheck)),
        Hosts = [.. service.ExtraHosts.SelectMany(h => h.Value.Select(ip => $"{ip} {h.Key}"))],
        Dns = service.Dns.IsEmpty && service.DnsSearch.IsEmpty && service.DnsOpt.IsEmpty
            ? null
            : new SwarmDnsConfig { Nameservers = service.Dns, Search = service.DnsSearch, Options = service.DnsOpt },
        Secrets = References(context, service.Secrets, "secret"),
        Configs = References(context, service.Configs, "config"),
        Sysctls = service.Sysctls,
        CapabilityAdd = service.CapAdd,
        CapabilityDrop = service.CapDrop,
        Ulimits = [.. service.Ulimits.Select(u => new UlimitSpec(u.Key, u.Value.EffectiveSoft, u.Value.EffectiveHard))],
        OomScoreAdj = service.OomScoreAdj ?? 0,
    };

    /// <summary>
    /// A file per secret or config: named by its target (else its key), owned by root and readable by all unless the
    /// files say otherwise; sorted by object name so the spec does not change with the files' order.
    /// </summary>
    private static ImmutableArray<SwarmFileReference> References(SwarmMappingContext context, ImmutableArray<ServiceFileReference> references, string kind) =>
    [
        .. references.Select(r => new SwarmFileReference
        {
            ObjectName = context.ObjectName(kind, r.Source),
            FileName = r.Target ?? r.Source,
            Uid = r.Uid ?? "0",
            Gid = r.Gid ?? "0",
            Mode = r.Mode ?? 0b100_100_100,
        }).OrderBy(r => r.ObjectName, StringComparer.Ordinal).ThenBy(r => r.FileName, StringComparer.Ordinal),
    ];

    /// <summary>Zero durations and retries read back from the engine as unset: written the same way.</summary>
    private static HealthCheckSpec? Normalize(HealthCheckSpec? health) => health is null ? null : health with
    {
        Interval = health.Interval is { Ticks: 0 } ? null : health.Interval,
        Timeout = health.Timeout is { Ticks: 0 } ? null : health.Timeout,
        StartPeriod = health.StartPeriod is { Ticks: 0 } ? null : health.StartPeriod,
        StartInterval = health.StartInterval is { Ticks: 0 } ? null : health.StartInterval,
        Retries = health.Retries is 0 ? null : health.Retries,
    };
}
