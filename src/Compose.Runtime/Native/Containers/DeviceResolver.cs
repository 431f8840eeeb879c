using System.Globalization;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Bundles;
using Compose.Runtime.Native.Processes;

namespace Compose.Runtime.Native.Containers;

/// <summary>Reads the node type and numbers of the host devices a container maps (<c>devices:</c>), with <c>stat</c>.</summary>
internal sealed class DeviceResolver(ToolRunner runner)
{
    public async Task<ResolvedDevice> ResolveAsync(string container, DeviceMapping mapping, CancellationToken cancellationToken)
    {
        var output = await runner.RunAsync(new ToolCall("read device", mapping.PathOnHost, "/usr/bin/stat", ["-L", "-c", "%F|%t|%T|%a", mapping.PathOnHost]), cancellationToken).ConfigureAwait(false);
        var parts = output.Trim().Split('|');
        var type = parts[0] switch
        {
            "character special file" => "c",
            "block special file" => "b",
            _ => throw new ContainerRuntimeException("create container", container, $"{mapping.PathOnHost} is not a device (it is a {parts[0]})"),
        };
        return new ResolvedDevice(mapping, type,
            long.Parse(parts[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            long.Parse(parts[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            Convert.ToUInt32(parts[3], 8));
    }
}
