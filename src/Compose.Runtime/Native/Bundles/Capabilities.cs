namespace Compose.Runtime.Native.Bundles;

/// <summary>The capability sets of a container: the Docker engine's default set, with <c>cap_add</c>/<c>cap_drop</c> (<c>ALL</c> allowed in both) applied.</summary>
internal static class Capabilities
{
    public static IReadOnlyList<string> Default { get; } =
    [
        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW", "CAP_SETGID",
        "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE", "CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE",
    ];

    /// <summary>Every capability this kernel generation knows (what <c>privileged</c> and <c>cap_add: [ALL]</c> give).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_SETGID",
        "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN",
        "CAP_NET_RAW", "CAP_IPC_LOCK", "CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE",
        "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME",
        "CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP",
        "CAP_MAC_OVERRIDE", "CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ",
        "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE",
    ];

    public static List<string> Compute(bool privileged, IEnumerable<string> add, IEnumerable<string> drop)
    {
        if (privileged)
        {
            return [.. All];
        }

        var added = add.Select(Normalize).ToList();
        var dropped = drop.Select(Normalize).ToList();
        var set = new List<string>(added.Contains("CAP_ALL") ? All : Default);
        set.AddRange(added.Where(c => c != "CAP_ALL" && !set.Contains(c)));
        if (dropped.Contains("CAP_ALL"))
        {
            // drop ALL keeps only what is added explicitly, as the Docker engine does.
            set = [.. added.Where(c => c != "CAP_ALL").Distinct()];
        }

        set.RemoveAll(dropped.Contains);
        return set;
    }

    /// <summary><c>net_admin</c>, <c>NET_ADMIN</c> and <c>CAP_NET_ADMIN</c> name one capability.</summary>
    public static string Normalize(string capability)
    {
        var upper = capability.Trim().ToUpperInvariant();
        return upper.StartsWith("CAP_", StringComparison.Ordinal) ? upper : "CAP_" + upper;
    }
}
