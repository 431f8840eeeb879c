using System.Globalization;
using System.Net;
using System.Text;

namespace Compose.Runtime.Docker.Transport;

/// <summary>The status line and headers of an HTTP/1.1 response read by hand from a raw connection.</summary>
internal sealed record ResponseHead(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers)
{
    private static readonly byte[] EndOfHead = "\r\n\r\n"u8.ToArray();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Reads until the blank line; returns the head and whatever bytes of the body came with it.</summary>
    public static async Task<(ResponseHead Head, ReadOnlyMemory<byte> Leftover)> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (buffer.Length >= 64 * 1024)
                {
                    throw new IOException("the engine's response head is larger than 64 KiB");
                }

                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new IOException("the engine closed the connection before answering");
            }

            filled += read;
            var end = buffer.AsSpan(0, filled).IndexOf(EndOfHead);
            if (end >= 0)
            {
                var head = Parse(Encoding.ASCII.GetString(buffer, 0, end));
                return (head, buffer.AsMemory(end + EndOfHead.Length, filled - end - EndOfHead.Length));
            }
        }
    }

    private static ResponseHead Parse(string text)
    {
        var lines = text.Split("\r\n");
        var status = lines[0].Split(' ', 3);
        if (status.Length < 2 || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            throw new IOException($"the engine answered with a malformed status line '{lines[0]}'");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return new ResponseHead((HttpStatusCode)code, headers);
    }
}
