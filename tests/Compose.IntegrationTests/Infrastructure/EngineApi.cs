using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// Raw requests to the engine's API, for states that neither the docker CLI nor our runtime library will make (a
/// network created without the duplicate check, as two racing <c>up</c>s leave one). Only unix sockets: that is
/// what the test engines listen on.
/// </summary>
public static class EngineApi
{
    public static async Task<(int Status, JsonNode? Body)> PostAsync(string path, JsonObject body)
    {
        using var http = Client();
        using var response = await http.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private static HttpClient Client()
    {
        var host = Engine.Variables.GetValueOrDefault("DOCKER_HOST") is { Length: > 0 } h ? h : "unix:///var/run/docker.sock";
        if (!host.StartsWith("unix://", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"EngineApi speaks to unix sockets only, not {host}");
        }

        var socket = host["unix://".Length..];
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (_, cancellationToken) =>
            {
                var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                await s.ConnectAsync(new UnixDomainSocketEndPoint(socket), cancellationToken);
                return new NetworkStream(s, ownsSocket: true);
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri("http://engine"), Timeout = TimeSpan.FromSeconds(60) };
    }
}
