namespace Compose.Runtime;

/// <summary>
/// A live, two-way connection to a container's or exec session's standard streams (attach, exec start).
/// Disposing closes it.
/// </summary>
public interface IContainerConnection : IAsyncDisposable
{
    /// <summary>Writes to the process's stdin.</summary>
    ValueTask WriteInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken);

    /// <summary>Signals end of input (half-closes the connection) so the process sees EOF on stdin.</summary>
    ValueTask CloseInputAsync(CancellationToken cancellationToken);

    /// <summary>Output as it arrives, until the process closes its streams.</summary>
    IAsyncEnumerable<OutputChunk> ReadOutputAsync(CancellationToken cancellationToken);
}
