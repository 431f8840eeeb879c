using System.Text;

namespace Compose.Cli.Interactive;

/// <summary>
/// Container output as bytes: straight to the process's stream when there is one (TTY sessions, binary output),
/// else decoded as UTF-8 into the text writer (in-process runs), keeping multi-byte characters split across chunks.
/// </summary>
internal sealed class ByteWriter(Stream? stream, TextWriter text)
{
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();

    public async ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        if (stream is not null)
        {
            await text.FlushAsync(cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var chars = new char[_decoder.GetCharCount(data.Span, flush: false)];
        _decoder.GetChars(data.Span, chars, flush: false);
        await text.WriteAsync(chars, cancellationToken).ConfigureAwait(false);
        await text.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
