using System.Net.Security;
using System.Net.Sockets;

namespace Compose.Runtime.Docker.Transport;

/// <summary>A connected stream to the engine, with what is needed to half-close it (stdin EOF on a hijacked connection).</summary>
internal sealed record EngineStream(Stream Stream, Socket Socket, SslStream? Tls)
{
    /// <summary>Ends our sending side while the engine's output keeps flowing.</summary>
    public async ValueTask CloseWriteAsync()
    {
        await Stream.FlushAsync().ConfigureAwait(false);
        if (Tls is not null)
        {
            // TLS has no half-close; close_notify is what the engine (Go's crypto/tls) reads as EOF.
            await Tls.ShutdownAsync().ConfigureAwait(false);
            return;
        }

        Socket.Shutdown(SocketShutdown.Send);
    }
}
