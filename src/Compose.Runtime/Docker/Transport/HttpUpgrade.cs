using System.Globalization;
using System.Net;
using System.Text;
using Compose.Runtime.Docker.Streams;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker.Transport;

/// <summary>
/// Sends one request on a fresh connection asking the engine to upgrade it (<c>Upgrade: tcp</c>), as attach and
/// exec start need: afterwards the connection carries stdin one way and the output the other. HttpClient cannot
/// half-close such a connection, so this speaks HTTP/1.1 by hand for this one exchange.
/// </summary>
internal static class HttpUpgrade
{
    public static async Task<HijackedStream> OpenAsync(EngineConnector connector, EngineRequestLine request, ReadOnlyMemory<byte> jsonBody, CancellationToken cancellationToken)
    {
        var connection = await connector.ConnectAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.Stream.WriteAsync(Head(request, jsonBody.Length), cancellationToken).ConfigureAwait(false);
            await connection.Stream.WriteAsync(jsonBody, cancellationToken).ConfigureAwait(false);
            await connection.Stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            var (head, leftover) = await ResponseHead.ReadAsync(connection.Stream, cancellationToken).ConfigureAwait(false);
            if (head.Status is HttpStatusCode.SwitchingProtocols or HttpStatusCode.OK)
            {
                return new HijackedStream(connection, leftover);
            }

            var body = await ReadErrorBodyAsync(connection.Stream, head, leftover, cancellationToken).ConfigureAwait(false);
            throw DockerErrorMapper.Map(head.Status, body, request.Operation, request.Resource);
        }
        catch (Exception e)
        {
            await connection.Stream.DisposeAsync().ConfigureAwait(false);
            if (e is IOException)
            {
                throw ConnectionLoss.During(request.Operation, request.Resource, e);
            }

            throw;
        }
    }

    private static byte[] Head(EngineRequestLine request, int bodyLength)
    {
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{request.Method.Method} {request.PathAndQuery} HTTP/1.1\r\n")
            .Append(CultureInfo.InvariantCulture, $"Host: {request.Host}\r\n")
            .Append("User-Agent: composectl\r\n")
            .Append("Content-Type: application/json\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {bodyLength}\r\n")
            .Append("Connection: Upgrade\r\n")
            .Append("Upgrade: tcp\r\n")
            .Append("\r\n");
        return Encoding.ASCII.GetBytes(head.ToString());
    }

    private static async Task<string> ReadErrorBodyAsync(Stream stream, ResponseHead head, ReadOnlyMemory<byte> leftover, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        body.Write(leftover.Span);
        var expected = long.TryParse(head.Header("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : -1;
        var buffer = new byte[4096];
        while ((expected < 0 || body.Length < expected) && body.Length < 1024 * 1024)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            body.Write(buffer, 0, read);
        }

        var text = Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
        return string.Equals(head.Header("Transfer-Encoding"), "chunked", StringComparison.OrdinalIgnoreCase) ? Unchunk(text) : text;
    }

    /// <summary>Error bodies are small JSON documents: keeping the chunk payloads is enough to read the message.</summary>
    private static string Unchunk(string text)
    {
        var result = new StringBuilder();
        var lines = text.Split("\r\n");
        for (var i = 0; i + 1 < lines.Length; i += 2)
        {
            if (!int.TryParse(lines[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                break;
            }

            result.Append(lines[i + 1]);
        }

        return result.ToString();
    }
}
