using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Compose.Tests.Runtime.Docker;

/// <summary>
/// A loopback "engine" that answers each request with what the test scripts: a real socket, so the client's
/// deadlines and its handling of connections broken mid-answer are exercised as against a dying engine.
/// <c>/_ping</c> is answered (API 1.41, as Podman's service when <see cref="Podman"/>) unless <see cref="FreezeOnPing"/>;
/// everything else goes to the script, which writes raw HTTP and returns whether the connection stays open.
/// </summary>
public sealed class ScriptedEngine : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, Socket, CancellationToken, Task<bool>> _answer;
    private readonly Task _serving;

    public ScriptedEngine(Func<string, Socket, CancellationToken, Task<bool>> answer, bool freezeOnPing = false, bool podman = false)
    {
        _answer = answer;
        FreezeOnPing = freezeOnPing;
        Podman = podman;
        _listener.Start();
        _serving = ServeAsync();
    }

    public bool FreezeOnPing { get; }

    /// <summary>Whether <c>/_ping</c> names a libpod API, as Podman's Docker-compatible service does.</summary>
    public bool Podman { get; }

    public string Host => $"tcp://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Never answers: waits until the engine is disposed (a frozen engine).</summary>
    public static async Task<bool> FreezeAsync(CancellationToken stop)
    {
        await Task.Delay(Timeout.Infinite, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        return false;
    }

    public static Task SendAsync(Socket socket, string text) => socket.SendAsync(Encoding.ASCII.GetBytes(text));

    private async Task ServeAsync()
    {
        var connections = new List<Task>();
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            connections.Add(ServeConnectionAsync(client));
        }

        await Task.WhenAll(connections);
    }

    private async Task ServeConnectionAsync(Socket client)
    {
        using (client)
        {
            try
            {
                while (await ReadRequestPathAsync(client) is { } path)
                {
                    var open = path.EndsWith("/_ping", StringComparison.Ordinal)
                        ? await PingAsync(client)
                        : await _answer(path, client, _stop.Token);
                    if (!open)
                    {
                        client.Shutdown(SocketShutdown.Both);
                        return;
                    }
                }
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or the test ended.
            }
        }
    }

    private async Task<bool> PingAsync(Socket client)
    {
        if (FreezeOnPing)
        {
            return await FreezeAsync(_stop.Token);
        }

        var libpod = Podman ? "Libpod-Api-Version: 4.3.1\r\n" : "";
        await SendAsync(client, $"HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\n{libpod}Content-Length: 2\r\n\r\nOK");
        return true;
    }

    /// <summary>The path of the next request (its head and, by Content-Length, its body read and dropped); null at the end.</summary>
    private async Task<string?> ReadRequestPathAsync(Socket client)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await client.ReceiveAsync(buffer, _stop.Token) == 0)
            {
                return null;
            }

            head.Append((char)buffer[0]);
        }

        var lines = head.ToString().Split("\r\n");
        var length = lines.Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select(p => int.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault();
        var body = new byte[Math.Max(length, 1)];
        for (var read = 0; read < length;)
        {
            read += await client.ReceiveAsync(body.AsMemory(read, length - read), _stop.Token);
        }

        return lines[0].Split(' ')[1].Split('?')[0];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _serving;
        _stop.Dispose();
    }
}
