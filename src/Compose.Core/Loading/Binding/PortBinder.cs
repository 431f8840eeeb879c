using System.Globalization;
using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>One <c>ports:</c> entry: short syntax (expanding ranges into one mapping per port) or long syntax.</summary>
public static class PortBinder
{
    public static IEnumerable<PortMapping> Bind(Node item, string path)
    {
        if (item is MappingNode)
        {
            return [Long(MappingReader.Open(item, path, SpecKeys.Port))];
        }

        var text = NodeReader.String(item, path);
        try
        {
            return PortSyntax.Parse(text);
        }
        catch (FormatException e)
        {
            throw new ComposeFileException(item.Location, path, $"'{text}' is not a valid port: {e.Message}.");
        }
    }

    private static PortMapping Long(MappingReader port)
    {
        var mode = port.String("mode") ?? "ingress";
        if (mode is not ("ingress" or "host"))
        {
            throw new ComposeFileException(port.Get("mode")!.Location, port.PathOf("mode"), $"'{mode}' is not a port mode; use ingress or host.");
        }

        return new PortMapping
        {
            Target = port.Value("target", PortNumber) ?? throw new ComposeFileException(port.Node.Location, port.Path, "a port needs a target (the container port)."),
            Published = port.Object("published", Published),
            HostIp = port.String("host_ip"),
            Protocol = port.String("protocol")?.ToLowerInvariant() ?? "tcp",
            Mode = mode,
            Name = port.String("name"),
            AppProtocol = port.String("app_protocol"),
        };
    }

    private static int PortNumber(Node node, string path)
    {
        var text = NodeReader.String(node, path);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new ComposeFileException(node.Location, path, $"'{text}' is not a valid port (1-65535).");
    }

    /// <summary>A host port or range (<c>8080</c>, <c>8000-8010</c>).</summary>
    private static string Published(Node node, string path)
    {
        var text = NodeReader.String(node, path);
        var parts = text.Split('-');
        return parts.Length <= 2 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 65535)
            ? text
            : throw new ComposeFileException(node.Location, path, $"'{text}' is not a valid host port or range (like 8080 or 8000-8010).");
    }
}
