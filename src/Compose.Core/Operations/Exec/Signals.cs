using Compose.Runtime;
using Compose.Runtime.Errors;

namespace Compose.Operations.Exec;

/// <summary>An interrupt forwarded to a container's main process (<c>--sig-proxy</c>).</summary>
internal static class Signals
{
    public static async Task SendAsync(IRuntimeContainers runtime, string containerId, string signal)
    {
        try
        {
            await runtime.KillContainerAsync(containerId, signal, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ContainerRuntimeException)
        {
            // Already gone: its exit ends the attachment anyway.
        }
    }
}
