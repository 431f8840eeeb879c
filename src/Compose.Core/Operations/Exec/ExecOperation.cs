using Compose.Runtime;

namespace Compose.Operations.Exec;

/// <summary>
/// <c>exec</c> and <c>attach</c>: a command in a service's running container, or the terminal connected to its main
/// process; each returns the exit code that becomes composectl's.
/// </summary>
public sealed class ExecOperation(ComposeSession session)
{
    /// <summary>How many times, 20 ms apart, the exit code of a finished exec is asked for before giving up.</summary>
    private const int ExitCodeAttempts = 100;

    public async Task<int> ExecAsync(ProjectScope scope, ExecRequest request, IContainerTerminal terminal, CancellationToken cancellationToken)
    {
        var runtime = session.Runtime;
        var container = await new ProjectContainers(runtime).OneAsync(scope, request.Service, request.Index, running: true, cancellationToken).ConfigureAwait(false);
        var execId = await runtime.CreateExecAsync(container.Id, request.Spec.DetachKeys is null && request.Spec.Tty ? request.Spec with { DetachKeys = terminal.DetachKeys } : request.Spec, cancellationToken).ConfigureAwait(false);
        if (request.Detach)
        {
            await runtime.StartExecDetachedAsync(execId, cancellationToken).ConfigureAwait(false);
            return 0;
        }

        var tty = request.Spec.Tty;
        SessionEnd end;
        await using (var connection = await runtime.StartExecAsync(execId, tty, cancellationToken).ConfigureAwait(false))
        {
            end = await terminal.RunAsync(connection, forwardInput: true, tty ? (w, h, ct) => runtime.ResizeExecTtyAsync(execId, w, h, ct) : null, cancellationToken).ConfigureAwait(false);
        }

        // Detached, the command runs on: there is no exit code yet (docker exits 0 too).
        return end is SessionEnd.Detached ? 0 : await ExitCodeAsync(execId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Connects to a running container's main process (stdin unless <paramref name="noStdin"/>, when it keeps one
    /// open). Ends when the process ends (its exit code) or on the detach keys (0: it still runs).
    /// </summary>
    public async Task<int> AttachAsync(ProjectScope scope, string service, int? index, AttachRequest request, IContainerTerminal terminal, CancellationToken cancellationToken)
    {
        var runtime = session.Runtime;
        var container = await new ProjectContainers(runtime).OneAsync(scope, service, index, running: true, cancellationToken).ConfigureAwait(false);
        var details = await runtime.InspectContainerAsync(container.Id, cancellationToken).ConfigureAwait(false);
        var stdin = !request.NoStdin && details.OpenStdin;
        var options = new AttachOptions { Stdin = stdin, Tty = details.Tty, DetachKeys = terminal.DetachKeys };
        using var forwarding = request.SignalProxy && !details.Tty ? terminal.ForwardInterrupts(signal => Signals.SendAsync(runtime, container.Id, signal)) : null;
        await using (var connection = await runtime.AttachContainerAsync(container.Id, options, cancellationToken).ConfigureAwait(false))
        {
            _ = await terminal.RunAsync(connection, stdin, details.Tty ? (w, h, ct) => runtime.ResizeContainerTtyAsync(container.Id, w, h, ct) : null, cancellationToken).ConfigureAwait(false);
        }

        var after = await runtime.InspectContainerAsync(container.Id, cancellationToken).ConfigureAwait(false);
        return after.Summary.State is ContainerState.Running ? 0 : after.ExitCode ?? 0;
    }

    /// <summary>The engine records the exit code a moment after the streams close: ask until it is there.</summary>
    private async Task<int> ExitCodeAsync(string execId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var info = await session.Runtime.InspectExecAsync(execId, cancellationToken).ConfigureAwait(false);
            if (!info.Running && info.ExitCode is { } code)
            {
                return code;
            }

            if (attempt >= ExitCodeAttempts)
            {
                return 1;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), session.Time, cancellationToken).ConfigureAwait(false);
        }
    }
}
