using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;

namespace Compose.Runtime.Native.Networking;

/// <summary>Gives a published port without a host port (<c>- "80"</c>) a free one from the host's ephemeral range, as the engine does; chosen at create, kept across restarts.</summary>
internal static class HostPortPicker
{
    public static ImmutableArray<PortBinding> Resolve(ImmutableArray<PortBinding> ports) =>
        ports.IsDefaultOrEmpty ? [] : [.. ports.Select(p => string.IsNullOrEmpty(p.HostPort) ? p with { HostPort = Free(p.Protocol).ToString(System.Globalization.CultureInfo.InvariantCulture) } : p)];

    private static int Free(string protocol)
    {
        if (protocol == "udp")
        {
            using var udp = new UdpClient(new IPEndPoint(IPAddress.Any, 0));
            return ((IPEndPoint)udp.Client.LocalEndPoint!).Port;
        }

        var listener = new TcpListener(IPAddress.Any, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
