namespace Compose.Runtime.Native.Images;

/// <summary>
/// The daemonless driver's image store, as the container half of the driver uses it: find an image by reference or
/// id, and give a container its root filesystem (an overlayfs of the image's unpacked layers plus the container's
/// own upper directory). Pull, load, list and removal are the store's own members.
/// </summary>
public interface INativeImageStore
{
    /// <summary>The image a reference (<c>busybox</c>, <c>busybox:latest</c>, <c>reg:5000/a/b@sha256:…</c>) or an id names, or null when the store does not have it.</summary>
    Task<NativeImage?> FindAsync(string reference, CancellationToken cancellationToken);

    /// <summary>
    /// Mounts the container's root: lower = the image's layers, upper and work directories created under
    /// <paramref name="containerDirectory"/> (kept across unmounts, so a stopped container keeps its writes).
    /// Returns the merged directory's path. Idempotent: an existing mount is reused.
    /// </summary>
    Task<string> MountRootfsAsync(NativeImage image, string containerDirectory, CancellationToken cancellationToken);

    /// <summary>Unmounts what <see cref="MountRootfsAsync"/> mounted (nothing when it is not mounted).</summary>
    Task UnmountRootfsAsync(string containerDirectory, CancellationToken cancellationToken);
}
