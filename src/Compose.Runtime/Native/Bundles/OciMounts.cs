using System.Globalization;

namespace Compose.Runtime.Native.Bundles;

/// <summary>The mounts of config.json: the kernel file systems every container gets, then the spec's mounts, then the generated <c>/etc</c> files.</summary>
internal static class OciMounts
{
    public const string InitPathInContainer = "/run/composectl-init";

    public static List<OciMount> Build(ContainerCreateSpec spec, BundleContext context)
    {
        var mounts = Defaults(spec);
        foreach (var mount in context.Mounts)
        {
            mounts.RemoveAll(m => m.Destination == mount.Spec.Target);
            mounts.Add(ToOci(mount));
        }

        foreach (var (path, options) in spec.Tmpfs)
        {
            mounts.RemoveAll(m => m.Destination == path);
            mounts.Add(new OciMount(path, "tmpfs", "tmpfs", ["nosuid", "nodev", "noexec", .. SplitOptions(options)]));
        }

        AddFile(mounts, "/etc/hosts", context.HostsFile);
        AddFile(mounts, "/etc/resolv.conf", context.ResolvConfFile);
        AddFile(mounts, "/etc/hostname", context.HostnameFile);
        if (context.InitPath is { } init)
        {
            mounts.Add(new OciMount(InitPathInContainer, "bind", init, ["rbind", "ro", "nosuid", "nodev"]));
        }

        return mounts;
    }

    private static List<OciMount> Defaults(ContainerCreateSpec spec)
    {
        var shmSize = spec.ShmSize ?? 64L * 1024 * 1024;
        var sysOptions = spec.Privileged ? new List<string> { "nosuid", "noexec", "nodev", "rw" } : ["nosuid", "noexec", "nodev", "ro"];
        return
        [
            new("/proc", "proc", "proc", ["nosuid", "noexec", "nodev"]),
            new("/dev", "tmpfs", "tmpfs", ["nosuid", "strictatime", "mode=755", "size=65536k"]),
            new("/dev/pts", "devpts", "devpts", ["nosuid", "noexec", "newinstance", "ptmxmode=0666", "mode=0620", "gid=5"]),
            new("/dev/shm", "tmpfs", "shm", ["nosuid", "noexec", "nodev", "mode=1777", "size=" + shmSize.ToString(CultureInfo.InvariantCulture)]),
            new("/dev/mqueue", "mqueue", "mqueue", ["nosuid", "noexec", "nodev"]),
            new("/sys", "sysfs", "sysfs", sysOptions),
            new("/sys/fs/cgroup", "cgroup", "cgroup", ["nosuid", "noexec", "nodev", "relatime", spec.Privileged ? "rw" : "ro"]),
        ];
    }

    private static OciMount ToOci(ResolvedMount mount)
    {
        var spec = mount.Spec;
        var access = spec.ReadOnly ? "ro" : "rw";
        if (spec.Type == MountType.Tmpfs)
        {
            var options = new List<string> { "nosuid", "nodev", "noexec", access };
            if (spec.TmpfsSizeBytes is { } size)
            {
                options.Add("size=" + size.ToString(CultureInfo.InvariantCulture));
            }

            if (spec.TmpfsMode is { } mode)
            {
                options.Add("mode=" + Convert.ToString(mode, 8));
            }

            return new OciMount(spec.Target, "tmpfs", "tmpfs", options);
        }

        var bindOptions = new List<string> { "rbind", access };
        if (spec.BindPropagation is { Length: > 0 } propagation)
        {
            bindOptions.Add(propagation);
        }
        else
        {
            bindOptions.Add("rprivate");
        }

        return new OciMount(spec.Target, "bind", mount.HostSource!, bindOptions);
    }

    private static void AddFile(List<OciMount> mounts, string destination, string? source)
    {
        if (source is null || mounts.Any(m => m.Destination == destination))
        {
            return;
        }

        mounts.Add(new OciMount(destination, "bind", source, ["rbind", "rprivate", "rw"]));
    }

    private static IEnumerable<string> SplitOptions(string options) =>
        options.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
