namespace Compose.Runtime.Native.Containers;

/// <summary>Writes the container's generated <c>/etc/hosts</c>, <c>/etc/resolv.conf</c> and <c>/etc/hostname</c> beside its record (bind-mounted at start).</summary>
internal static class HostFileWriter
{
    public static async Task WriteAsync(ContainerCreateSpec spec, ContainerPaths paths, string hostname,
        ContainerNetworking networking, CancellationToken cancellationToken)
    {
        if (networking.SharesFilesOf is not null)
        {
            return;
        }

        var hostResolv = File.Exists("/etc/resolv.conf") ? await File.ReadAllTextAsync("/etc/resolv.conf", cancellationToken).ConfigureAwait(false) : "";
        var hosts = networking.Mode == "host" && File.Exists("/etc/hosts")
            ? await File.ReadAllTextAsync("/etc/hosts", cancellationToken).ConfigureAwait(false) + HostFiles.Hosts(hostname, [], spec.ExtraHosts, "127.0.0.1").Split('\n', 3)[2]
            : HostFiles.Hosts(hostname, networking.Endpoints.Select(e => e.IPv4Address), spec.ExtraHosts, networking.HostGateway);
        var resolv = networking.Mode == "host" && spec.Dns.IsDefaultOrEmpty && spec.DnsSearch.IsDefaultOrEmpty && spec.DnsOptions.IsDefaultOrEmpty
            ? hostResolv
            : HostFiles.ResolvConf(spec.Dns, networking.NetworkDns, spec.DnsSearch, spec.DnsOptions, hostResolv);
        await File.WriteAllTextAsync(paths.Hosts, hosts, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(paths.ResolvConf, resolv, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(paths.Hostname, hostname + "\n", cancellationToken).ConfigureAwait(false);
    }
}
