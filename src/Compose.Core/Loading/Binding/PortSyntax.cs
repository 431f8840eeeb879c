using System.Globalization;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>
/// Parses the short port syntax <c>[[HOST_IP:]PUBLISHED:]TARGET[/PROTOCOL]</c>, with ranges (<c>8000-8002:80-82</c>)
/// and bracketed IPv6 host addresses (<c>[::1]:8080:80</c>). Equal-length ranges expand to one mapping per port.
/// </summary>
public static class PortSyntax
{
    public static IReadOnlyList<PortMapping> Parse(string text)
    {
        var (body, protocol) = SplitProtocol(text);
        var (hostIp, published, target) = SplitParts(body);
        var (targetStart, targetEnd) = ParseRange(target, "container port");
        if (published is null)
        {
            return Enumerable.Range(targetStart, targetEnd - targetStart + 1)
                .Select(port => new PortMapping { Target = port, HostIp = hostIp, Protocol = protocol })
                .ToList();
        }

        var (publishedStart, publishedEnd) = ParseRange(published, "host port");
        if (targetStart == targetEnd)
        {
            return [new PortMapping { Target = targetStart, Published = published, HostIp = hostIp, Protocol = protocol }];
        }

        if (publishedEnd - publishedStart != targetEnd - targetStart)
        {
            throw new FormatException($"the host range {published} and container range {target} differ in length");
        }

        return Enumerable.Range(0, targetEnd - targetStart + 1)
            .Select(offset => new PortMapping
            {
                Target = targetStart + offset,
                Published = (publishedStart + offset).ToString(CultureInfo.InvariantCulture),
                HostIp = hostIp,
                Protocol = protocol,
            })
            .ToList();
    }

    private static (string Body, string Protocol) SplitProtocol(string text)
    {
        var slash = text.LastIndexOf('/');
        if (slash < 0)
        {
            return (text, "tcp");
        }

        var protocol = text[(slash + 1)..].ToLowerInvariant();
        return protocol is "tcp" or "udp" or "sctp"
            ? (text[..slash], protocol)
            : throw new FormatException($"'{protocol}' is not a protocol (tcp, udp or sctp)");
    }

    private static (string? HostIp, string? Published, string Target) SplitParts(string body)
    {
        string? hostIp = null;
        if (body.StartsWith('['))
        {
            var close = body.IndexOf(']');
            if (close < 0 || close + 1 >= body.Length || body[close + 1] != ':')
            {
                throw new FormatException("an IPv6 host address must be written [addr]:published:target");
            }

            hostIp = body[1..close];
            body = body[(close + 2)..];
        }

        var parts = body.Split(':');
        return parts.Length switch
        {
            1 => (hostIp, null, parts[0]),
            2 => (hostIp, NullIfEmpty(parts[0]), parts[1]),
            3 when hostIp is null => (NullIfEmpty(parts[0]), NullIfEmpty(parts[1]), parts[2]),
            _ => throw new FormatException("expected [[HOST_IP:]PUBLISHED:]TARGET[/PROTOCOL]"),
        };
    }

    private static (int Start, int End) ParseRange(string text, string what)
    {
        var dash = text.IndexOf('-');
        var start = ParsePort(dash < 0 ? text : text[..dash], what);
        var end = dash < 0 ? start : ParsePort(text[(dash + 1)..], what);
        return end >= start ? (start, end) : throw new FormatException($"the {what} range {text} is reversed");
    }

    private static int ParsePort(string text, string what) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new FormatException($"'{text}' is not a valid {what} (1-65535)");

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
