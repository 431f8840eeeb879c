using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>
/// A <c>devices:</c> entry: long syntax, <c>HOST[:CONTAINER[:PERMISSIONS]]</c>, or a CDI device name
/// (<c>vendor.com/class=name</c>), which has no container path.
/// </summary>
public static class DeviceBinder
{
    public static ServiceDevice Bind(Node item, string path)
    {
        if (item is MappingNode)
        {
            var device = MappingReader.Open(item, path, SpecKeys.Device);
            return new ServiceDevice
            {
                Source = NodeReader.String(device.Required("source"), device.PathOf("source")),
                Target = device.String("target"),
                Permissions = device.String("permissions"),
            };
        }

        var text = NodeReader.String(item, path);
        if (!text.StartsWith('/') && text.Contains('='))
        {
            return new ServiceDevice { Source = text };
        }

        var parts = text.Split(':', 3);
        return new ServiceDevice
        {
            Source = parts[0],
            Target = parts.Length > 1 ? parts[1] : null,
            Permissions = parts.Length > 2 ? parts[2] : null,
        };
    }
}
