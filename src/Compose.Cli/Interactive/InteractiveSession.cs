using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Cli.Interactive;

/// <summary>
/// Connects the user's terminal (or pipes) to a container's or exec session's streams: stdin is forwarded (and
/// closed on EOF so the process sees it), stdout and stderr are written as they arrive. With a TTY on a terminal,
/// stdin goes raw for the session and the remote TTY follows the window size. Ends when the process closes its output.
/// </summary>
internal sealed class InteractiveSession(CommandContext context)
{
    private const int InputChunk = 4096;

    /// <param name="resize">Resizes the remote TTY (exec or container); null when there is no TTY.</param>
    public async Task RunAsync(IContainerConnection connection, bool forwardInput, Func<int, int, CancellationToken, Task>? resize, CancellationToken cancellationToken)
    {
        var environment = context.Environment;
        var raw = resize is not null && environment.InputIsTerminal ? environment.Terminal.EnterRawMode() : null;
        try
        {
            using var resizing = resize is null ? null : environment.Terminal.OnResize(() => _ = ResizeAsync(resize, CancellationToken.None));
            if (resize is not null)
            {
                await ResizeAsync(resize, cancellationToken).ConfigureAwait(false);
            }

            // The input pump is not awaited: a read from a terminal cannot be interrupted, and the session ends
            // when the process closes its output, whether or not the user typed anything more.
            _ = forwardInput ? PumpInputAsync(connection, cancellationToken) : Task.CompletedTask;
            await PumpOutputAsync(connection, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            raw?.Dispose();
        }
    }

    private async Task PumpOutputAsync(IContainerConnection connection, CancellationToken cancellationToken)
    {
        var environment = context.Environment;
        var stdout = new ByteWriter(environment.OutputStream, environment.Out);
        var stderr = new ByteWriter(environment.ErrorStream, environment.Error);
        await foreach (var chunk in connection.ReadOutputAsync(cancellationToken).ConfigureAwait(false))
        {
            await (chunk.Stream == OutputStream.Stderr ? stderr : stdout).WriteAsync(chunk.Data, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PumpInputAsync(IContainerConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            var buffer = new byte[InputChunk];
            int read;
            while ((read = await context.Environment.Input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await connection.WriteInputAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }

            await connection.CloseInputAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The session ended (or was interrupted) while input was still being read: nothing left to deliver.
        }
    }

    private async Task ResizeAsync(Func<int, int, CancellationToken, Task> resize, CancellationToken cancellationToken)
    {
        if (context.Environment.Terminal.Size is not { } size)
        {
            return;
        }

        try
        {
            await resize(size.Width, size.Height, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ContainerRuntimeException or OperationCanceledException)
        {
            // A resize racing the end of the session is harmless.
        }
    }
}
