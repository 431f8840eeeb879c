using System.Runtime.InteropServices;

namespace Compose.Cli;

/// <summary>
/// Turns SIGINT/SIGTERM into cancellation of the running command instead of killing the process, unless the command
/// forwards the signal to a container (<see cref="SignalRouter"/>).
/// </summary>
internal static class InterruptHandler
{
    public static IDisposable Register(CancellationTokenSource source, SignalRouter router)
    {
        void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            if (!router.TryForward(context.Signal))
            {
                source.Cancel();
            }
        }

        return new Registrations(
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle));
    }

    private sealed class Registrations(params IDisposable[] registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations)
            {
                registration.Dispose();
            }
        }
    }
}
