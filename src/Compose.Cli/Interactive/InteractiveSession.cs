using Compose.Operations.Exec;
using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Cli.Interactive;

/// <summary>
/// Connects the user's terminal (or pipes) to a container's or exec session's streams: stdin is forwarded (and
/// closed on EOF so the process sees it), stdout and stderr are written as they arrive. With a TTY on a terminal,
/// the terminal is raw for the session (the remote TTY echoes and edits; Ctrl+C, Ctrl+Z, Ctrl+\ are bytes for it),
/// keys are read straight from fd 0, the detach keys are watched for, and the remote TTY follows the window size.
/// Without one, input goes through as before. Ends when the process closes its output, or on the detach keys.
/// </summary>
internal sealed class InteractiveSession(CommandContext context, DetachKeys detachKeys)
{
    private const int InputChunk = 4096;

    /// <param name="resize">Resizes the remote TTY (exec or container); null when there is no TTY.</param>
    public async Task<SessionEnd> RunAsync(IContainerConnection connection, bool forwardInput, Func<int, int, CancellationToken, Task>? resize, CancellationToken cancellationToken)
    {
        var environment = context.Environment;
        using var raw = resize is not null && environment.InputIsTerminal ? environment.Terminal.EnterRawMode() : null;
        using var session = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var detached = false;
        try
        {
            using var resizing = resize is null ? null : environment.Terminal.OnResize(() => _ = ResizeAsync(resize, CancellationToken.None));
            if (resize is not null)
            {
                await ResizeAsync(resize, cancellationToken).ConfigureAwait(false);
            }

            // The input pump is not awaited: the session ends when the process closes its output, whether or not the
            // user typed anything more (a raw read stops when the session token is cancelled; a piped one cannot be).
            if (forwardInput)
            {
                var input = raw is null ? new InputPump(environment.Input, null) : new InputPump(environment.Terminal.OpenRawInput(), new DetachKeyFilter(detachKeys));
                _ = input.RunAsync(connection, () => { detached = true; session.Cancel(); }, session.Token);
            }

            await PumpOutputAsync(connection, session.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (detached)
        {
            // The user let go of the session; the process runs on.
        }
        finally
        {
            await session.CancelAsync().ConfigureAwait(false);
        }

        return detached ? SessionEnd.Detached : SessionEnd.Exited;
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

    /// <summary>Typed input to the process's stdin, through the detach-key filter on a raw terminal.</summary>
    private sealed class InputPump(Stream input, DetachKeyFilter? filter)
    {
        public async Task RunAsync(IContainerConnection connection, Action detach, CancellationToken cancellationToken)
        {
            try
            {
                var buffer = new byte[InputChunk];
                int read;
                while ((read = await input.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    var (forward, detaching) = filter is null ? (buffer[..read], false) : filter.Process(buffer.AsSpan(0, read));
                    if (forward.Length > 0)
                    {
                        await connection.WriteInputAsync(forward, cancellationToken).ConfigureAwait(false);
                    }

                    if (detaching)
                    {
                        detach();
                        return;
                    }
                }

                await connection.CloseInputAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // The session ended (or was interrupted) while input was still being read: nothing left to deliver.
            }
        }
    }
}
