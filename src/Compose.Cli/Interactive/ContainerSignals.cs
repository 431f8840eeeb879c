using System.Runtime.InteropServices;
using Compose.Runtime.Errors;

namespace Compose.Cli.Interactive;

/// <summary>
/// docker's <c>--sig-proxy</c> for a container in the foreground without a TTY (with one, Ctrl+C reaches it as a
/// keystroke): the first SIGINT or SIGTERM composectl gets goes to the container's main process, which decides how
/// to end; a second one ends composectl's wait as usual.
/// </summary>
internal static class ContainerSignals
{
    public static IDisposable Forward(CommandContext context, string containerId) =>
        context.Environment.Signals.Forward(signal => _ = SendAsync(context, containerId, signal));

    private static async Task SendAsync(CommandContext context, string containerId, PosixSignal signal)
    {
        try
        {
            await context.Runtime.KillContainerAsync(containerId, signal == PosixSignal.SIGTERM ? "SIGTERM" : "SIGINT", CancellationToken.None).ConfigureAwait(false);
        }
        catch (ContainerRuntimeException)
        {
            // Already gone: its exit ends the attachment anyway.
        }
    }
}
