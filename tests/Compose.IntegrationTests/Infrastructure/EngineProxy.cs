using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Compose.IntegrationTests.Infrastructure;

/// <summary>
/// Serves the local engine on 127.0.0.1 over plain tcp or TLS (requiring a client certificate signed by the
/// given CA), forwarding bytes to the engine's unix socket. Half-closes travel through, so stdin EOF works.
/// Lets tests reach the real engine through <c>tcp://</c> and <c>DOCKER_TLS_VERIFY</c> without reconfiguring it.
/// </summary>
public sealed class EngineProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _engineSocket;
    private readonly TestCertificates? _tls;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly List<Socket> _clients = [];

    public EngineProxy(string engineSocket, TestCertificates? tls)
    {
        _engineSocket = engineSocket;
        _tls = tls;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public string Host => $"tcp://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Client certificates the proxy accepted (thumbprints).</summary>
    public List<string> ClientCertificates { get; } = [];

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            lock (_clients)
            {
                _clients.Add(client);
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(Socket client)
    {
        using var engine = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await using var clientStream = new NetworkStream(client, ownsSocket: true);
        try
        {
            Stream outer = clientStream;
            if (_tls is not null)
            {
                var ssl = new SslStream(clientStream, leaveInnerStreamOpen: true, ValidateClient);
                await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = _tls.Server, ClientCertificateRequired = true }, _stop.Token);
                outer = ssl;
            }

            await engine.ConnectAsync(new UnixDomainSocketEndPoint(_engineSocket), _stop.Token);
            await using var engineStream = new NetworkStream(engine, ownsSocket: false);
            var up = PumpAsync(outer, engineStream, () =>
            {
                engine.Shutdown(SocketShutdown.Send);
                return Task.CompletedTask;
            });
            var down = PumpAsync(engineStream, outer, () => CloseClientWriteAsync(outer, client));
            await Task.WhenAll(up, down);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or System.Security.Authentication.AuthenticationException)
        {
            // A client that went away or failed the handshake: that connection is over, the proxy goes on.
        }
    }

    private bool ValidateClient(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || _tls is null)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(_tls.Authority);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var presented = new X509Certificate2(certificate);
        var trusted = custom.Build(presented);
        if (trusted)
        {
            lock (ClientCertificates)
            {
                ClientCertificates.Add(presented.Thumbprint);
            }
        }

        return trusted;
    }

    private static async Task CloseClientWriteAsync(Stream outer, Socket client)
    {
        if (outer is SslStream ssl)
        {
            await ssl.ShutdownAsync();
        }

        client.Shutdown(SocketShutdown.Send);
    }

    private async Task PumpAsync(Stream from, Stream to, Func<Task> closeWrite)
    {
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            await to.FlushAsync(_stop.Token);
        }

        await closeWrite();
    }

    /// <summary>Closes every connection open now, as an engine that restarts does (the listener stays: new ones are served).</summary>
    public void DropConnections()
    {
        lock (_clients)
        {
            foreach (var client in _clients)
            {
                try
                {
                    client.Shutdown(SocketShutdown.Both);
                }
                catch (Exception e) when (e is SocketException or ObjectDisposedException)
                {
                    // Already gone.
                }
            }

            _clients.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
