using System.Runtime.CompilerServices;
using System.Text;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Native.Exec;

/// <summary>An attach that only reads: the container's log lines as output chunks (a line each, with its newline).</summary>
internal sealed class LogConnection(Func<CancellationToken, IAsyncEnumerable<LogLine>> lines) : IContainerConnection
{
    public ValueTask WriteInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        throw new RuntimeCapabilityException("native", "write to an attached container's input", "use exec, or --runtime docker");

    public ValueTask CloseInputAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async IAsyncEnumerable<OutputChunk> ReadOutputAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in lines(cancellationToken).ConfigureAwait(false))
        {
            yield return new OutputChunk(line.Stream, Encoding.UTF8.GetBytes(line.Text + "\n"));
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
