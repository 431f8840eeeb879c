using System.Runtime.InteropServices;
using Compose.Operations.Exec;
using Compose.Runtime;

namespace Compose.Cli.Interactive;

/// <summary>
/// The CLI's side of <c>exec</c>, <c>attach</c> and attached <c>run</c>: the process's terminal or pipes, and its
/// signals. <paramref name="detachKeys"/> end a TTY session with the process still running (docker's default when null).
/// </summary>
internal sealed class TerminalSession(CommandContext context, Compose.Cli.Interactive.DetachKeys? detachKeys = null) : IContainerTerminal
{
    public bool IsTerminal => context.Environment.InputIsTerminal;

    public string? DetachKeys => detachKeys?.Text;

    public Task<SessionEnd> RunAsync(IContainerConnection connection, bool forwardInput, Func<int, int, CancellationToken, Task>? resize, CancellationToken cancellationToken) =>
        new InteractiveSession(context, detachKeys ?? Interactive.DetachKeys.Default).RunAsync(connection, forwardInput, resize, cancellationToken);

    public IDisposable ForwardInterrupts(Func<string, Task> send) =>
        context.Environment.Signals.Forward(signal => _ = send(signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT"));
}
