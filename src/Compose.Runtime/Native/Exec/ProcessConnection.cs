using System.Runtime.CompilerServices;
using System.Threading.Channels;
using CliWrap;

namespace Compose.Runtime.Native.Exec;

/// <summary>
/// A process's standard streams as an <see cref="IContainerConnection"/>: input written to it goes to the process's
/// stdin (closing input closes stdin, so the process sees EOF), output arrives as it is read, and the exit code is
/// given to <c>onExit</c> when the process ends.
/// </summary>
internal sealed class ProcessConnection : IContainerConnection
{
    private readonly Channel<ReadOnlyMemory<byte>> _input = Channel.CreateUnbounded<ReadOnlyMemory<byte>>();
    private readonly Channel<OutputChunk> _output = Channel.CreateUnbounded<OutputChunk>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;

    public ProcessConnection(string program, IReadOnlyList<string> arguments, bool stdin, Func<int, Task> onExit)
    {
        var command = Cli.Wrap(program).WithArguments(arguments).WithValidation(CommandResultValidation.None)
            .WithStandardOutputPipe(PipeTarget.Create((s, ct) => PumpAsync(s, OutputStream.Stdout, ct)))
            .WithStandardErrorPipe(PipeTarget.Create((s, ct) => PumpAsync(s, OutputStream.Stderr, ct)));
        if (stdin)
        {
            command = command.WithStandardInputPipe(PipeSource.Create(FeedAsync));
        }

        _run = RunAsync(command, onExit);
    }

    public ValueTask WriteInputAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken) =>
        _input.Writer.WriteAsync(data.ToArray(), cancellationToken);

    public ValueTask CloseInputAsync(CancellationToken cancellationToken)
    {
        _input.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }

    public async IAsyncEnumerable<OutputChunk> ReadOutputAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var chunk in _output.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return chunk;
        }
    }

    /// <summary>Waits for the process to end (its exit code is then recorded).</summary>
    public Task Completion => _run;

    public async ValueTask DisposeAsync()
    {
        _input.Writer.TryComplete();
        if (!_run.IsCompleted)
        {
            await _stop.CancelAsync().ConfigureAwait(false);
        }

        try
        {
            await _run.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task RunAsync(Command command, Func<int, Task> onExit)
    {
        try
        {
            var result = await command.ExecuteAsync(_stop.Token).ConfigureAwait(false);
            await onExit(result.ExitCode).ConfigureAwait(false);
        }
        finally
        {
            _output.Writer.TryComplete();
        }
    }

    private async Task FeedAsync(Stream destination, CancellationToken cancellationToken)
    {
        await foreach (var data in _input.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            await destination.WriteAsync(data, cancellationToken).ConfigureAwait(false);
            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PumpAsync(Stream source, OutputStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[16384];
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            await _output.Writer.WriteAsync(new OutputChunk(stream, buffer.AsMemory(0, read).ToArray()), cancellationToken).ConfigureAwait(false);
        }
    }
}
