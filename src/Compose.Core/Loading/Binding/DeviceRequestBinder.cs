using System.Collections.Immutable;
using System.Globalization;
using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Device requests: <c>deploy.resources.reservations.devices</c> entries and <c>gpus:</c> (<c>all</c> or a list).</summary>
public static class DeviceRequestBinder
{
    public static ImmutableArray<DeviceRequest> Gpus(Node value, string path)
    {
        if (value is not ScalarNode)
        {
            return BindingLists.Items(value, path, Bind);
        }

        var text = NodeReader.String(value, path);
        return text == "all"
            ? [new DeviceRequest { Count = -1 }]
            : throw new ComposeFileException(value.Location, path, $"'{text}' is not a GPU request; use all or a list of device requests.");
    }

    public static DeviceRequest Bind(Node node, string path)
    {
        var request = MappingReader.Open(node, path, SpecKeys.DeviceRequest);
        return new DeviceRequest
        {
            Capabilities = request.Strings("capabilities"),
            Driver = request.String("driver"),
            Count = request.Object("count", Count) is { } count ? long.Parse(count, CultureInfo.InvariantCulture) : null,
            DeviceIds = request.Strings("device_ids"),
            Options = request.Map("options"),
        };
    }

    /// <summary>A number, or <c>all</c> (-1).</summary>
    private static string Count(Node node, string path)
    {
        var text = NodeReader.String(node, path);
        return text == "all" ? "-1"
            : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? text
            : throw new ComposeFileException(node.Location, path, $"'{text}' is not a device count; use a number or all.");
    }
}
