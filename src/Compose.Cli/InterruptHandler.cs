using System.Runtime.InteropServices;

namespace Compose.Cli;

/// <summary>
/// Turns SIGINT/SIGTERM into cancellation of the running command instead of killing the process, unless the command
/// forwards the signal to a container (<see cref="SignalRouter"/>). One that comes once the command is already
/// interrupted cancels <paramref name="again"/>: an attached <c>up</c> that is stopping then kills instead.
/// </summary>
internal static class InterruptHandler
{
    public static IDisposable Register(CancellationTokenSource source, CancellationTokenSource again, SignalRouter router)
    {
        // One handler counts both, so the first signal can never be taken for the second (two registrations of one
        // signal run in an order .NET does not promise).
        void Handle(PosixSignalContext context)
        {
            context.Cancel = true;
            if (router.TryForward(context.Signal))
            {
                return;
            }

            if (source.IsCancellationRequested)
            {
                again.Cancel();
            }
            else
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
