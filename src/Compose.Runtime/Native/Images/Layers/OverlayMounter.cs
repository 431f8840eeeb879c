namespace Compose.Runtime.Native.Images.Layers;

/// <summary>
/// Mounts a container's root as overlayfs: the image's layer directories as lower (top first), the container's own
/// <c>upper</c> and <c>work</c> directories, merged at <c>rootfs</c>. Calls mount(2) directly rather than running
/// <c>mount</c>: no process per container start (a fork and exec cost more than the mount itself), the kernel's own
/// errno in the message, and no <c>/etc/mtab</c> or utab bookkeeping by util-linux. mount(2) takes at most one page of
/// options; an image with so many layers that their paths do not fit passes them as <c>/proc/self/fd/N</c> of
/// descriptors held open for the call (overlayfs resolves each path once, at mount time).
/// </summary>
internal static class OverlayMounter
{
    private const int PageSize = 4096;

    public static string Mount(IReadOnlyList<string> lowerTopFirst, string containerDirectory)
    {
        var (upper, work, merged) = (Path.Combine(containerDirectory, "upper"), Path.Combine(containerDirectory, "work"), Path.Combine(containerDirectory, "rootfs"));
        foreach (var directory in new[] { upper, work, merged })
        {
            Directory.CreateDirectory(directory);
        }

        if (MountTable.IsMountPoint(merged))
        {
            return merged;
        }

        RefuseSeparators(containerDirectory);
        var tail = $",upperdir={upper},workdir={work},index=off";
        var options = "lowerdir=" + string.Join(':', lowerTopFirst.Select(EscapeLower)) + tail;
        if (options.Length < PageSize)
        {
            Posix.Check(Posix.Mount("overlay", merged, "overlay", 0, options), "mount overlay on", merged);
            return merged;
        }

        MountThroughDescriptors(lowerTopFirst, merged, tail);
        return merged;
    }

    /// <summary>Unmounts the container's root when it is mounted; a busy mount (a process still inside) is detached.</summary>
    public static void Unmount(string containerDirectory)
    {
        var merged = Path.Combine(containerDirectory, "rootfs");
        if (!Directory.Exists(merged) || !MountTable.IsMountPoint(merged))
        {
            return;
        }

        if (Posix.Unmount(merged, 0) < 0)
        {
            var error = Posix.LastError;
            if (error != Posix.ErrBusy)
            {
                Posix.Check(-1, "umount", merged);
            }

            Posix.Check(Posix.Unmount(merged, Posix.DetachUnmount), "umount (detach)", merged);
        }
    }

    private static void MountThroughDescriptors(IReadOnlyList<string> lowerTopFirst, string merged, string tail)
    {
        var descriptors = new List<int>();
        try
        {
            foreach (var lower in lowerTopFirst)
            {
                var descriptor = Posix.Open(lower, Posix.OpenPath | Posix.OpenDirectory | Posix.OpenCloseOnExec, 0);
                Posix.Check(descriptor, "open", lower);
                descriptors.Add(descriptor);
            }

            var options = "lowerdir=" + string.Join(':', descriptors.Select(d => $"/proc/self/fd/{d}")) + tail;
            if (options.Length >= PageSize)
            {
                throw new IOException($"mount overlay on {merged}: {lowerTopFirst.Count} layers are more than one mount can stack");
            }

            Posix.Check(Posix.Mount("overlay", merged, "overlay", 0, options), "mount overlay on", merged);
        }
        finally
        {
            descriptors.ForEach(d => Posix.Close(d));
        }
    }

    /// <summary>overlayfs splits lowerdir on ':' (escapable) and the option string on ',' (not escapable).</summary>
    private static string EscapeLower(string path) => path.Replace("\\", "\\\\").Replace(":", "\\:");

    private static void RefuseSeparators(string containerDirectory)
    {
        if (containerDirectory.Contains(',') || containerDirectory.Contains(':'))
        {
            throw new IOException($"mount overlay: the container directory {containerDirectory} contains ',' or ':', which overlayfs options cannot carry");
        }
    }
}
