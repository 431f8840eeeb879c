using System.Collections.Immutable;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Native.Bundles;

/// <summary>
/// Turns a runtime-neutral <see cref="ContainerCreateSpec"/> and its resolved <see cref="BundleContext"/> into the OCI
/// runtime spec runc runs (pure: no I/O). Settings with no meaning outside the Docker engine are refused by
/// <see cref="NativeSpecCheck"/> before this is called.
/// </summary>
internal static class OciSpecBuilder
{
    private static readonly string[] MaskedPaths =
    [
        "/proc/acpi", "/proc/asound", "/proc/kcore", "/proc/keys", "/proc/latency_stats", "/proc/timer_list",
        "/proc/timer_stats", "/proc/sched_debug", "/proc/scsi", "/sys/firmware",
    ];

    private static readonly string[] ReadonlyPaths = ["/proc/bus", "/proc/fs", "/proc/irq", "/proc/sys", "/proc/sysrq-trigger"];

    public static OciSpec Build(ContainerCreateSpec spec, BundleContext context)
    {
        var (entrypoint, command) = ProcessCommand.Resolve(spec, context.Image);
        var args = entrypoint.AddRange(command);
        if (spec.Init == true)
        {
            args = [OciMounts.InitPathInContainer, "--", .. args];
        }

        return new OciSpec
        {
            Process = Process(spec, context, args),
            Root = new OciRoot(context.RootfsPath, spec.ReadOnlyRootFilesystem),
            Hostname = spec.UtsMode == "host" ? null : context.Hostname,
            Mounts = OciMounts.Build(spec, context),
            Annotations = spec.Annotations.IsEmpty ? null : spec.Annotations.ToDictionary(),
            Linux = new OciLinux
            {
                Namespaces = Namespaces(spec, context),
                CgroupsPath = $"{(spec.CgroupParent is { Length: > 0 } parent ? parent : context.CgroupParent).TrimEnd('/')}/{context.Id}",
                Resources = OciResourcesMapper.Map(spec, context.Devices),
                Sysctl = spec.Sysctls.IsEmpty ? null : spec.Sysctls.ToDictionary(),
                Devices = context.Devices.IsEmpty ? null : [.. context.Devices.Select(Device)],
                MaskedPaths = spec.Privileged ? null : [.. MaskedPaths],
                ReadonlyPaths = spec.Privileged ? null : [.. ReadonlyPaths],
            },
        };
    }

    private static OciProcess Process(ContainerCreateSpec spec, BundleContext context, ImmutableArray<string> args)
    {
        var capabilities = Capabilities.Compute(spec.Privileged, spec.CapAdd, spec.CapDrop);
        return new OciProcess
        {
            Terminal = spec.Tty,
            User = new OciUser
            {
                Uid = context.User.Uid,
                Gid = context.User.Gid,
                AdditionalGids = context.User.AdditionalGids.IsEmpty ? null : [.. context.User.AdditionalGids],
            },
            Args = [.. args],
            Env = [.. ProcessCommand.Environment(spec, context.Image, context.Hostname, context.User.Home)],
            Cwd = spec.WorkingDirectory is { Length: > 0 } cwd ? cwd : context.Image.WorkingDir is { Length: > 0 } imageCwd ? imageCwd : "/",
            Capabilities = new OciCapabilities { Bounding = capabilities, Effective = capabilities, Permitted = capabilities },
            Rlimits = spec.Ulimits.IsEmpty ? null : [.. spec.Ulimits.Select(Rlimit)],
            NoNewPrivileges = spec.SecurityOpt.Any(o => o is "no-new-privileges" or "no-new-privileges:true" or "no-new-privileges=true"),
            OomScoreAdj = spec.Resources.OomScoreAdj,
        };
    }

    private static OciRlimit Rlimit(UlimitSpec limit) =>
        new("RLIMIT_" + limit.Name.ToUpperInvariant(), Unlimited(limit.Hard), Unlimited(limit.Soft));

    private static ulong Unlimited(long value) => value < 0 ? ulong.MaxValue : (ulong)value;

    private static List<OciNamespace> Namespaces(ContainerCreateSpec spec, BundleContext context)
    {
        var namespaces = new List<OciNamespace> { new("mount") };
        if (spec.PidMode != "host")
        {
            namespaces.Add(new("pid"));
        }

        if (spec.IpcMode != "host")
        {
            namespaces.Add(new("ipc"));
        }

        if (spec.UtsMode != "host")
        {
            namespaces.Add(new("uts"));
        }

        if (context.NetworkNamespacePath is { } netns)
        {
            namespaces.Add(new("network", netns));
        }

        if (spec.CgroupnsMode == "private")
        {
            namespaces.Add(new("cgroup"));
        }

        return namespaces;
    }

    private static OciDevice Device(ResolvedDevice device) => new()
    {
        Path = device.Mapping.PathInContainer is { Length: > 0 } inside ? inside : device.Mapping.PathOnHost,
        Type = device.Type,
        Major = device.Major,
        Minor = device.Minor,
        FileMode = device.FileMode,
        Uid = 0,
        Gid = 0,
    };

    internal static ContainerRuntimeException Unsupported(ContainerCreateSpec spec, string what) =>
        new("create container", spec.Name, $"{what} is not supported by the native runtime; use --runtime docker");
}
