using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Service keys about networking.</summary>
internal static class ServiceNetworkKeys
{
    public static IEnumerable<KeyValuePair<string, ServiceKeyBinder>> Entries =>
    [
        new("ports", (s, v, p, c) => s with { Ports = BindingLists.Expand(v, p, PortBinder.Bind) }),
        new("expose", (s, v, p, c) => s with { Expose = BindingLists.Items(v, p, ServiceValueRules.Expose) }),
        new("networks", (s, v, p, c) => s with { Networks = ServiceNetworkBinder.Bind(v, p) }),
        new("network_mode", (s, v, p, c) => s with { NetworkMode = ServiceValueRules.NetworkMode(v, p) }),
        new("dns", (s, v, p, c) => s with { Dns = NodeReader.StringOrList(v, p) }),
        new("dns_search", (s, v, p, c) => s with { DnsSearch = NodeReader.StringOrList(v, p) }),
        new("dns_opt", (s, v, p, c) => s with { DnsOpt = NodeReader.StringList(v, p) }),
        new("extra_hosts", (s, v, p, c) => s with { ExtraHosts = ExtraHostsBinder.Bind(v, p) }),
        new("links", (s, v, p, c) => s with { Links = NodeReader.StringList(v, p) }),
        new("external_links", (s, v, p, c) => s with { ExternalLinks = NodeReader.StringList(v, p) }),
    ];
}
