using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// <c>extra_hosts</c> as the pod's hostAliases, and <c>dns</c>, <c>dns_search</c>, <c>dns_opt</c> as its dnsConfig,
/// which Kubernetes adds to the cluster's DNS settings (the cluster's resolver stays first, so service names resolve).
/// </summary>
public static class PodNetworkMapper
{
    public static List<V1HostAlias>? HostAliases(ConversionContext context, Service service)
    {
        var byAddress = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (host, addresses) in service.ExtraHosts)
        {
            foreach (var address in addresses)
            {
                if (address == "host-gateway")
                {
                    context.Warn(WarningKinds.Network, $"services.{service.Name}.extra_hosts", $"host-gateway has no mapping: a pod has no host gateway address; '{host}' is left out.");
                    continue;
                }

                (byAddress.TryGetValue(address, out var hosts) ? hosts : byAddress[address] = []).Add(host);
            }
        }

        return byAddress.Count == 0 ? null : [.. byAddress.Select(a => new V1HostAlias { Ip = a.Key, Hostnames = a.Value })];
    }

    public static V1PodDNSConfig? DnsConfig(Service service)
    {
        if (service.Dns.IsEmpty && service.DnsSearch.IsEmpty && service.DnsOpt.IsEmpty)
        {
            return null;
        }

        return new V1PodDNSConfig
        {
            Nameservers = service.Dns.IsEmpty ? null : [.. service.Dns],
            Searches = service.DnsSearch.IsEmpty ? null : [.. service.DnsSearch],
            Options = service.DnsOpt.IsEmpty ? null : [.. service.DnsOpt.Select(o => o.Split(':', 2) is [var name, var value]
                ? new V1PodDNSConfigOption { Name = name, Value = value }
                : new V1PodDNSConfigOption { Name = o })],
        };
    }
}
