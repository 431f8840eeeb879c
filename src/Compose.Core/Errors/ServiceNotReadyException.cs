using System.Collections.Immutable;

namespace Compose.Errors;

/// <summary>
/// Services that did not get ready (unhealthy, exited, or out of time): the message names each service and its
/// container, says why with the last health-check output, and shows the container's last log lines.
/// </summary>
public sealed class ServiceNotReadyException(string message, ImmutableArray<string> services) : ComposeException(message)
{
    /// <summary>The services that were not ready, in the order the message names them.</summary>
    public ImmutableArray<string> Services { get; } = services;
}
