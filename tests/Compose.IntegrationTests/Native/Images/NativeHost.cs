using Compose.IntegrationTests.Infrastructure;

namespace Compose.IntegrationTests.Native.Images;

/// <summary>What the native store's tests need of this machine, checked once.</summary>
public static class NativeHost
{
    private static readonly string[] Tools = ["/usr/bin/skopeo", "/usr/bin/buildah", "/bin/busybox"];

    /// <summary>Null when everything is there; else what is missing.</summary>
    public static string? Missing(bool needsDocker)
    {
        if (Environment.UserName != "root")
        {
            return "not running as root";
        }

        if (!File.ReadAllText("/proc/filesystems").Contains("overlay"))
        {
            return "the kernel has no overlayfs";
        }

        if (Tools.FirstOrDefault(t => !File.Exists(t)) is { } tool)
        {
            return $"{tool} is not installed";
        }

        return needsDocker && Engine.UnavailableReason is { } reason ? $"no Docker engine ({reason})" : null;
    }
}
