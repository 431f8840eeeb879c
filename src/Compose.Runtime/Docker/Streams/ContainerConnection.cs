using System.Runtime.CompilerServices;
using Compose.Runtime.Docker.Transport;

namespace Compose.Runtime.Docker.Streams;

/// <summary>
/// An attach or exec session over a hijacked connection: stdin is written to it, output is read from it
/// (demultiplexed unless the session has a TTY), and closing input half-closes it so the process reads EOF.
/// </summary>
internal sealed class ContainerConnection(HijackedStream stream, bool tty, string operation, string? resource) : IContainerConnection
{
    private int _disposed;

    public async ValueTask WriteInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask CloseInputAsync(CancellationToken cancellationToken) => stream.CloseWriteAsync();

    /// <summary>Each chunk owns its bytes: callers may keep them after the next one arrives.</summary>
    public async IAsyncEnumerable<OutputChunk> ReadOutputAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new OutputFrameReader(stream, tty, operation, resource);
        while (await EngineStreams.ReadAsync(reader, operation, resource, cancellationToken).ConfigureAwait(false) is { } frame)
        {
            yield return new OutputChunk(frame.Stream, frame.Data.ToArray());
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }
}
