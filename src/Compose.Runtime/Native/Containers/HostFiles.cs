using System.Text;

namespace Compose.Runtime.Native.Containers;

/// <summary>The contents of a container's <c>/etc/hosts</c>, <c>/etc/resolv.conf</c> and <c>/etc/hostname</c> (pure).</summary>
internal static class HostFiles
{
    public static string Hosts(string hostname, IEnumerable<string> addresses, IEnumerable<string> extraHosts, string? hostGateway)
    {
        var text = new StringBuilder()
            .Append("127.0.0.1\tlocalhost\n")
            .Append("::1\tlocalhost ip6-localhost ip6-loopback\n");
        foreach (var address in addresses)
        {
            text.Append(address).Append('\t').Append(hostname).Append('\n');
        }

        foreach (var entry in extraHosts)
        {
            // host:ip (compose's short form) or host=ip; host-gateway is the address of the container's first bridge.
            var separator = entry.IndexOfAny([':', '=']);
            if (separator <= 0)
            {
                continue;
            }

            var ip = entry[(separator + 1)..].Trim('[', ']');
            ip = ip == "host-gateway" ? hostGateway ?? "127.0.0.1" : ip;
            text.Append(ip).Append('\t').Append(entry[..separator]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The container's resolvers: the ones it names, else aardvark-dns on its networks' gateways (which forwards what
    /// it does not know to the host's resolvers), else the host's own file's servers.
    /// </summary>
    public static string ResolvConf(IReadOnlyCollection<string> dns, IReadOnlyCollection<string> networkDns, IEnumerable<string> search,
        IEnumerable<string> options, string hostResolvConf)
    {
        var servers = dns.Count > 0 ? dns : networkDns.Count > 0 ? networkDns : HostServers(hostResolvConf);
        var text = new StringBuilder();
        var searchList = search.ToList();
        if (searchList.Count == 0 && dns.Count == 0 && networkDns.Count == 0)
        {
            searchList = HostLines(hostResolvConf, "search").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)).ToList();
        }

        if (searchList.Count > 0)
        {
            text.Append("search ").AppendJoin(' ', searchList).Append('\n');
        }

        foreach (var server in servers)
        {
            text.Append("nameserver ").Append(server).Append('\n');
        }

        var optionList = options.ToList();
        if (optionList.Count > 0)
        {
            text.Append("options ").AppendJoin(' ', optionList).Append('\n');
        }

        return text.ToString();
    }

    private static List<string> HostServers(string hostResolvConf)
    {
        var servers = HostLines(hostResolvConf, "nameserver").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length > 1)
            .Select(p => p[1]).Where(s => !s.StartsWith("127.", StringComparison.Ordinal)).ToList();
        return servers.Count > 0 ? servers : ["8.8.8.8", "8.8.4.4"];
    }

    private static IEnumerable<string> HostLines(string text, string keyword) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith(keyword + " ", StringComparison.Ordinal) || l.StartsWith(keyword + "\t", StringComparison.Ordinal));
}
