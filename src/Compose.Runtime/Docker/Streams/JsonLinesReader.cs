using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Compose.Runtime.Docker.Streams;

/// <summary>
/// Reads the engine's streamed JSON (events, stats, pull/push/build progress): one document per line, each handed
/// out as soon as its line is complete. The serializer's own async enumerable waits for a full buffer first,
/// which would hold a stats sample or an event back for seconds.
/// </summary>
internal static class JsonLinesReader
{
    public static async IAsyncEnumerable<T> ReadAsync<T>(Stream stream, JsonTypeInfo<T> type, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var start = 0;
        var end = 0;
        try
        {
            while (true)
            {
                while (buffer.AsSpan(start, end - start).IndexOf((byte)'\n') is var newline and >= 0)
                {
                    var value = Deserialize(buffer.AsSpan(start, newline), type);
                    start += newline + 1;
                    if (value is not null)
                    {
                        yield return value;
                    }
                }

                (buffer, start, end) = Compact(buffer, start, end);
                var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                end += read;
            }

            if (Deserialize(buffer.AsSpan(start, end - start), type) is { } last)
            {
                yield return last;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static T? Deserialize<T>(ReadOnlySpan<byte> line, JsonTypeInfo<T> type)
    {
        line = line.Trim((byte)'\r').Trim((byte)' ');
        return line.IsEmpty ? default : JsonSerializer.Deserialize(line, type);
    }

    /// <summary>Moves the unread bytes to the front, growing the buffer only when one line fills it.</summary>
    private static (byte[] Buffer, int Start, int End) Compact(byte[] buffer, int start, int end)
    {
        var unread = end - start;
        if (unread == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, unread).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            return (larger, 0, unread);
        }

        if (start > 0)
        {
            buffer.AsSpan(start, unread).CopyTo(buffer);
        }

        return (buffer, 0, unread);
    }
}
