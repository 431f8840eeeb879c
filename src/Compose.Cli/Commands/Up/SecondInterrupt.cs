using System.Runtime.InteropServices;
using Compose.Operations;

namespace Compose.Cli.Commands.Up;

/// <summary>
/// While an attached <c>up</c> stops the stack gracefully after Ctrl+C, a second Ctrl+C (or SIGTERM) cancels
/// <see cref="Token"/>, so the graceful stop gives way to a kill.
/// </summary>
internal sealed class SecondInterrupt : IInterruptWatch
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public SecondInterrupt()
    {
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle);
    }

    public CancellationToken Token => _source.Token;

    private void Handle(PosixSignalContext context)
    {
        context.Cancel = true;
        _source.Cancel();
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _source.Dispose();
    }
}
