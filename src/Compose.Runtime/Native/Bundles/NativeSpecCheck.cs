using Compose.Runtime.Errors;

namespace Compose.Runtime.Native.Bundles;

/// <summary>
/// Refuses, before anything is made, the settings the native runtime cannot honour (rather than silently dropping
/// them), each with a message that names the setting and the way out.
/// </summary>
internal static class NativeSpecCheck
{
    public static void Validate(ContainerCreateSpec spec)
    {
        Refuse(spec, spec.Docker is { Links.IsDefaultOrEmpty: false }, "links: (legacy container links)");
        Refuse(spec, spec.Docker is { VolumesFrom.IsDefaultOrEmpty: false }, "volumes_from:");
        Refuse(spec, spec.Docker?.Isolation is { Length: > 0 } and not "default", $"isolation: {spec.Docker?.Isolation}");
        Refuse(spec, spec.Docker is { StorageOpt.IsEmpty: false }, "storage_opt:");
        Refuse(spec, spec.Runtime is { Length: > 0 } and not "runc", $"runtime: {spec.Runtime}");
        Refuse(spec, spec.UsernsMode is { Length: > 0 } and not "host", $"userns_mode: {spec.UsernsMode}");
        Refuse(spec, spec.PidMode is { Length: > 0 } and not "host", $"pid: {spec.PidMode}");
        Refuse(spec, spec.IpcMode is { Length: > 0 } and not ("host" or "private" or "shareable"), $"ipc: {spec.IpcMode}");
        Refuse(spec, spec.Mounts.Any(m => m.Type is MountType.NamedPipe or MountType.Image), "a named-pipe or image mount");
        Refuse(spec, spec.Mounts.Any(m => m.VolumeSubpath is { Length: > 0 }), "a volume subpath");
        Refuse(spec, spec.Logging?.Driver is { Length: > 0 } driver && driver is not ("json-file" or "local" or "k8s-file"),
            $"logging driver '{spec.Logging?.Driver}' (the native runtime writes conmon's log file)");
        Refuse(spec, spec.SecurityOpt.Any(o => o.StartsWith("seccomp", StringComparison.Ordinal) && o is not ("seccomp=unconfined" or "seccomp:unconfined")),
            "a custom seccomp profile");
    }

    private static void Refuse(ContainerCreateSpec spec, bool condition, string what)
    {
        if (condition)
        {
            throw new ContainerRuntimeException("create container", spec.Name,
                $"{what} is not supported by the native runtime; remove the setting or use --runtime docker");
        }
    }
}
