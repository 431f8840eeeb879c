using System.Globalization;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Native.Bundles;

/// <summary>cgroup limits from <see cref="ResourceSpec"/> (deploy.resources, mem_limit, cpus, pids_limit, ...) and device rules.</summary>
internal static class OciResourcesMapper
{
    private const ulong DefaultCpuPeriod = 100_000;

    public static OciResources Map(ContainerCreateSpec spec, IEnumerable<ResolvedDevice> devices)
    {
        var resources = spec.Resources;
        if (!resources.DeviceRequests.IsDefaultOrEmpty)
        {
            throw new ContainerRuntimeException("create container", spec.Name,
                "device requests (gpus:, deploy.resources.reservations.devices) need the Docker engine's device plugins; use --runtime docker");
        }

        return new OciResources
        {
            Devices = DeviceRules(spec, devices),
            Memory = Memory(resources),
            Cpu = Cpu(resources),
            Pids = resources.PidsLimit is > 0 and var pids ? new OciPids(pids) : null,
            BlockIo = resources.BlkioWeight is { } weight ? new OciBlockIo((ushort)weight) : null,
        };
    }

    private static OciMemory? Memory(ResourceSpec r)
    {
        if (r.Memory is null && r.MemoryReservation is null && r.MemorySwap is null && r.MemorySwappiness is null && r.OomKillDisable is null)
        {
            return null;
        }

        return new OciMemory
        {
            Limit = r.Memory,
            Reservation = r.MemoryReservation,
            // The engine's memswap_limit is memory plus swap, as cgroup v1's memsw; -1 is unlimited.
            Swap = r.MemorySwap,
            Swappiness = r.MemorySwappiness is >= 0 and var s ? (ulong)s : null,
            DisableOomKiller = r.OomKillDisable,
        };
    }

    private static OciCpu? Cpu(ResourceSpec r)
    {
        var quota = r.CpuQuota;
        ulong? period = r.CpuPeriod is { } p ? (ulong)p : null;
        if (r.NanoCpus is { } nano)
        {
            period ??= DefaultCpuPeriod;
            quota = nano * (long)period.Value / 1_000_000_000;
        }

        if (quota is null && period is null && r.CpuShares is null && r.CpusetCpus is null && r.CpusetMems is null
            && r.CpuRealtimePeriod is null && r.CpuRealtimeRuntime is null)
        {
            return null;
        }

        return new OciCpu
        {
            Shares = r.CpuShares is { } shares ? (ulong)shares : null,
            Quota = quota,
            Period = period,
            RealtimePeriod = r.CpuRealtimePeriod is { } rp ? (ulong)rp : null,
            RealtimeRuntime = r.CpuRealtimeRuntime,
            Cpus = r.CpusetCpus,
            Mems = r.CpusetMems,
        };
    }

    private static List<OciDeviceRule> DeviceRules(ContainerCreateSpec spec, IEnumerable<ResolvedDevice> devices)
    {
        if (spec.Privileged)
        {
            return [new OciDeviceRule { Allow = true, Access = "rwm" }];
        }

        var rules = new List<OciDeviceRule> { new() { Allow = false, Access = "rwm" } };
        rules.AddRange(spec.DeviceCgroupRules.Select(r => ParseRule(spec.Name, r)));
        rules.AddRange(devices.Select(d => new OciDeviceRule
        {
            Allow = true, Type = d.Type, Major = d.Major, Minor = d.Minor, Access = d.Mapping.CgroupPermissions,
        }));
        return rules;
    }

    /// <summary><c>c 1:3 rwm</c>, <c>b *:* r</c>, <c>a</c>: the engine's <c>device_cgroup_rules</c> syntax.</summary>
    internal static OciDeviceRule ParseRule(string container, string rule)
    {
        var parts = rule.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 1 or > 3 || parts[0] is not ("a" or "b" or "c"))
        {
            throw new ContainerRuntimeException("create container", container,
                $"invalid device cgroup rule '{rule}': expected 'TYPE MAJOR:MINOR ACCESS', e.g. 'c 1:3 rwm'");
        }

        long? major = null, minor = null;
        if (parts.Length > 1)
        {
            var numbers = parts[1].Split(':');
            major = numbers[0] == "*" ? null : long.Parse(numbers[0], CultureInfo.InvariantCulture);
            minor = numbers.Length < 2 || numbers[1] == "*" ? null : long.Parse(numbers[1], CultureInfo.InvariantCulture);
        }

        return new OciDeviceRule { Allow = true, Type = parts[0], Major = major, Minor = minor, Access = parts.Length > 2 ? parts[2] : "rwm" };
    }
}
