using System.Net;
using System.Net.Sockets;

namespace Compose.IntegrationTests.Infrastructure;

public static class TestNames
{
    /// <summary>A project name no other test run uses, so runs sharing an engine never meet.</summary>
    public static string UniqueProject(string prefix) => $"ct-{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>A port free on 127.0.0.1 right now.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
