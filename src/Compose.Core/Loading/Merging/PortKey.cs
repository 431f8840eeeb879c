using Compose.Loading.Yaml;

namespace Compose.Loading.Merging;

/// <summary>
/// The identity of a published port for merging: (host_ip, published, target, protocol), the same whether written
/// short (<c>"127.0.0.1:8080:80/udp"</c>) or long (<c>{host_ip, published, target, protocol}</c>).
/// </summary>
public static class PortKey
{
    public static string? Of(Node node) => node switch
    {
        ScalarNode { IsNull: false } scalar => FromShort(scalar.Value),
        MappingNode mapping => FromLong(mapping),
        _ => null,
    };

    private static string FromLong(MappingNode mapping) => Compose(
        Text(mapping["host_ip"]),
        Text(mapping["published"]),
        Text(mapping["target"]),
        Text(mapping["protocol"]));

    private static string FromShort(string text)
    {
        var protocol = "";
        var slash = text.LastIndexOf('/');
        if (slash >= 0)
        {
            protocol = text[(slash + 1)..];
            text = text[..slash];
        }

        var target = LastPart(ref text);
        var published = text.Length > 0 ? LastPart(ref text) : "";
        return Compose(text, published, target, protocol);
    }

    /// <summary>Cuts the part after the last ':' that is not inside an IPv6 address in brackets.</summary>
    private static string LastPart(ref string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon < 0 || colon < text.LastIndexOf(']'))
        {
            var all = text;
            text = "";
            return all;
        }

        var part = text[(colon + 1)..];
        text = text[..colon];
        return part;
    }

    private static string Compose(string hostIp, string published, string target, string protocol) =>
        $"{hostIp.Trim('[', ']')}|{published}|{target}|{(protocol.Length == 0 ? "tcp" : protocol.ToLowerInvariant())}";

    private static string Text(Node? node) => node is ScalarNode { IsNull: false } scalar ? scalar.Value : "";
}
