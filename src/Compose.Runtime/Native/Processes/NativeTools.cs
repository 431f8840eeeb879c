namespace Compose.Runtime.Native.Processes;

/// <summary>
/// Where the programs the native driver is assembled from live (Debian's paths). Each can be overridden for a host
/// that installs them elsewhere; <see cref="Missing"/> names the ones that are not there, for one clear error.
/// </summary>
public sealed record NativeTools
{
    public string Runc { get; init; } = "/usr/sbin/runc";
    public string Conmon { get; init; } = "/usr/bin/conmon";
    public string Netavark { get; init; } = "/usr/lib/podman/netavark";
    public string AardvarkDns { get; init; } = "/usr/lib/podman/aardvark-dns";
    public string Catatonit { get; init; } = "/usr/bin/catatonit";
    public string Ip { get; init; } = "/usr/sbin/ip";
    public string Iptables { get; init; } = "/usr/sbin/iptables";

    public static NativeTools Debian { get; } = new();

    /// <summary>The required programs that do not exist (catatonit only matters for <c>init: true</c>).</summary>
    public IReadOnlyList<string> Missing() =>
        new[] { Runc, Conmon, Netavark, AardvarkDns, Ip, Iptables }.Where(p => !File.Exists(p)).ToList();
}
