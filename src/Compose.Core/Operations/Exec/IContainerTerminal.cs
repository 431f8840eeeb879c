using Compose.Runtime;

namespace Compose.Operations.Exec;

/// <summary>
/// The user's side of an interactive session (<c>exec</c>, <c>attach</c>, attached <c>run</c>): the CLI connects its
/// terminal or pipes to a container's streams, and routes interrupts.
/// </summary>
public interface IContainerTerminal
{
    /// <summary>Whether the user's input is a terminal (a TTY is allocated for it unless <c>-T</c>).</summary>
    bool IsTerminal { get; }

    /// <summary>
    /// The detach keys the terminal watches for in a TTY session, as the user set them (docker's notation), for the
    /// engine to use the same; null for the default (<c>ctrl-p,ctrl-q</c>, the engine's too).
    /// </summary>
    string? DetachKeys { get; }

    /// <summary>
    /// Connects the terminal to the streams until the process closes its output, or, with a TTY, until the user types
    /// the detach keys. <paramref name="resize"/> resizes the remote TTY (null without one); with it, a terminal is put
    /// in raw mode for the session.
    /// </summary>
    Task<SessionEnd> RunAsync(IContainerConnection connection, bool forwardInput, Func<int, int, CancellationToken, Task>? resize, CancellationToken cancellationToken);

    /// <summary>docker's <c>--sig-proxy</c>: until disposed, the next interrupt goes to <paramref name="send"/> (a signal name) instead of ending the command.</summary>
    IDisposable ForwardInterrupts(Func<string, Task> send);
}
