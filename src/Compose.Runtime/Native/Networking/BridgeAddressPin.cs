using Compose.Runtime.Native.Processes;

namespace Compose.Runtime.Native.Networking;

/// <summary>
/// Fixes each bridge's MAC address once netavark has made the bridge. netavark 1.4 leaves it to the kernel, which
/// gives a bridge the lowest MAC of its ports and changes it as ports come and go (netavark 1.9 sets it itself,
/// containers/netavark#833): a container that joins later can change the gateway's MAC under the containers already
/// running, whose cached ARP entry is then wrong, and everything they send to the gateway (DNS to aardvark-dns,
/// traffic to the host and beyond) is lost until that entry expires, 15 to 50 s. An address set explicitly is one the
/// kernel keeps, whatever ports join or leave.
/// </summary>
internal sealed class BridgeAddressPin(NativeTools tools, ToolRunner runner)
{
    /// <summary>The kernel's NET_ADDR_SET: the address was set explicitly, so the bridge keeps it.</summary>
    private const string AddressSetExplicitly = "3";

    public async Task PinAsync(IEnumerable<string> bridges, CancellationToken cancellationToken)
    {
        foreach (var bridge in bridges)
        {
            var device = Path.Combine("/sys/class/net", bridge);
            if (Read(Path.Combine(device, "addr_assign_type")) is null or AddressSetExplicitly
                || Read(Path.Combine(device, "address")) is not { Length: > 0 } address)
            {
                continue;
            }

            // The address it has now: what every container on it has cached already.
            await runner.RunAsync(new ToolCall("fix the MAC address of bridge", bridge, tools.Ip,
                ["link", "set", "dev", bridge, "address", address]), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path).Trim();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
