using Compose.Runtime.Native.Images;

namespace Compose.Runtime.Native.Supervision;

/// <summary>
/// The image store a supervisor needs to restart containers: their roots stay mounted from create to removal, so
/// it only checks the mount is there (and reports a missing one, e.g. after a reboot, so the next command's start
/// mounts it with the real store). It never pulls or mounts.
/// </summary>
internal sealed class MountedRootfsStore : INativeImageStore
{
    public Task<NativeImage?> FindAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult<NativeImage?>(new NativeImage { Id = reference, Config = new NativeImageConfig() });

    public async Task<string> MountRootfsAsync(NativeImage image, string containerDirectory, CancellationToken cancellationToken)
    {
        var mounts = await File.ReadAllTextAsync("/proc/self/mountinfo", cancellationToken).ConfigureAwait(false);
        var mounted = mounts.Split('\n').Select(l => l.Split(' ')).Where(f => f.Length > 4).Select(f => f[4])
            .FirstOrDefault(p => p.StartsWith(containerDirectory.TrimEnd('/') + "/", StringComparison.Ordinal));
        return mounted ?? throw new Errors.ContainerRuntimeException("restart container", Path.GetFileName(containerDirectory),
            "its root filesystem is no longer mounted (the host restarted?); run composectl up or start to mount it again");
    }

    public Task UnmountRootfsAsync(string containerDirectory, CancellationToken cancellationToken) => Task.CompletedTask;
}
