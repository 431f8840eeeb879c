namespace Compose.Runtime.Native;

/// <summary>
/// Where the daemonless driver keeps its state. Everything that must outlive a composectl process (images, container
/// and network records, volumes, event logs) lives under <see cref="StateDirectory"/> (<c>--root</c>, default
/// <c>/var/lib/composectl</c>); what a reboot must forget (conmon pid files and sockets, network namespace mounts,
/// runc state, locks' owner files) lives under <see cref="RunDirectory"/> (default <c>/run/composectl</c>, a tmpfs),
/// so a reboot-like loss of it is survivable by design: the next pass sees containers whose process is gone.
/// </summary>
public sealed record NativeRoot(string StateDirectory, string RunDirectory)
{
    public static NativeRoot Default { get; } = new("/var/lib/composectl", "/run/composectl");

    /// <summary>The content-addressed image store (OCI layout: <c>blobs/sha256/…</c>, <c>index.json</c>) and unpacked layers.</summary>
    public string Images => Path.Combine(StateDirectory, "images");

    /// <summary>One directory per container: its record, its overlay upper and work directories, its logs.</summary>
    public string Containers => Path.Combine(StateDirectory, "containers");

    /// <summary>One directory per named or anonymous volume, with its record.</summary>
    public string Volumes => Path.Combine(StateDirectory, "volumes");

    /// <summary>One record per network (netavark's network definition plus our labels).</summary>
    public string Networks => Path.Combine(StateDirectory, "networks");

    /// <summary>Per-project event logs and supervisor records.</summary>
    public string Projects => Path.Combine(StateDirectory, "projects");

    /// <summary>Lock files (one per project and one for the image store).</summary>
    public string Locks => Path.Combine(StateDirectory, "locks");
}
