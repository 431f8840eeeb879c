using System.Collections.Concurrent;

namespace Compose.TestSupport.Fakes;

/// <summary>A driver whose engine does not run health checks (set <c>Capabilities.RunsHealthChecks</c> false): the checks it is asked to drive.</summary>
public sealed partial class FakeContainerRuntime
{
    /// <summary>Containers (by name) whose health checks the caller asked the driver to run.</summary>
    public ConcurrentQueue<string> DrivenHealthChecks { get; } = new();

    /// <summary>A driven check passes: a container still <c>starting</c> turns healthy, then the driver keeps checking until cancelled.</summary>
    public async Task DriveHealthChecksAsync(string id, CancellationToken cancellationToken)
    {
        var name = _containers[id].Name;
        DrivenHealthChecks.Enqueue(name);
        if (_details[id].HealthStatus == "starting")
        {
            SetHealth(name, "healthy", "driven by the client");
        }

        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
