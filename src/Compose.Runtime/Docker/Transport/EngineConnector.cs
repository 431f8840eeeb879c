using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker.Transport;

/// <summary>
/// Opens byte streams to the engine: a unix socket, a tcp connection, or TLS over tcp. Both the pooled
/// <see cref="HttpClient"/> (through its connect callback) and hijacked connections (attach, exec) come through here,
/// so every transport behaves the same for both.
/// </summary>
internal sealed class EngineConnector : IDisposable
{
    private readonly DockerEndpoint _endpoint;
    private readonly TlsClientSettings? _tls;

    public EngineConnector(DockerEndpoint endpoint)
    {
        _endpoint = endpoint;
        _tls = endpoint.Tls is { } tls && endpoint.TcpAddress is { } address ? new TlsClientSettings(tls, address.Host) : null;
    }

    public async ValueTask<EngineStream> ConnectAsync(CancellationToken cancellationToken)
    {
        var socket = _endpoint.SocketPath is not null
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            EndPoint target = _endpoint.SocketPath is { } path
                ? new UnixDomainSocketEndPoint(path)
                : new DnsEndPoint(_endpoint.TcpAddress!.Host, _endpoint.TcpAddress.Port);
            await socket.ConnectAsync(target, cancellationToken).ConfigureAwait(false);
            var network = new NetworkStream(socket, ownsSocket: true);
            return _tls is null ? new EngineStream(network, socket, null) : await SecureAsync(network, socket, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not ContainerRuntimeException)
        {
            socket.Dispose();
            throw new RuntimeUnavailableException(_endpoint.Describe(), Reason(e), e);
        }
    }

    /// <summary>
    /// Why no connection could be made, in words of our own (never .NET's message). A missing socket file says so: the
    /// socket error alone ("Cannot assign requested address") misleads.
    /// </summary>
    private string Reason(Exception e)
    {
        if (_endpoint.SocketPath is { } path && !File.Exists(path))
        {
            return $"there is no socket at {path}";
        }

        return (e as SocketException)?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "nothing accepts connections there (connection refused)",
            SocketError.AccessDenied => "permission to connect was denied (is your user allowed to use the engine's socket, e.g. in the docker group?)",
            SocketError.TimedOut => "the connection attempt timed out",
            SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "the host name does not resolve",
            SocketError.HostUnreachable or SocketError.NetworkUnreachable or SocketError.NetworkDown => "the host cannot be reached",
            SocketError.ConnectionReset or SocketError.ConnectionAborted => "the engine closed the connection as it was made",
            { } code => $"the connection could not be made (socket error {code})",
            null => "the connection could not be made",
        };
    }

    private async Task<EngineStream> SecureAsync(NetworkStream network, Socket socket, CancellationToken cancellationToken)
    {
        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsClientAsync(_tls!.ClientOptions(), cancellationToken).ConfigureAwait(false);
            return new EngineStream(ssl, socket, ssl);
        }
        catch (AuthenticationException e)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new RuntimeUnavailableException(
                _endpoint.Describe(),
                $"the TLS handshake failed ({e.Message}); check that ca.pem signed the engine's certificate and that cert.pem/key.pem are the client pair it trusts",
                e);
        }
    }

    public void Dispose() => _tls?.Dispose();
}
