using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>The tasks (one container each, on some node) of services, and their output.</summary>
public interface ISwarmTasks
{
    /// <summary>The tasks of the given services (all of them, every state the engine still remembers).</summary>
    Task<ImmutableArray<SwarmTask>> ListTasksAsync(IReadOnlyCollection<string> serviceIds, CancellationToken cancellationToken);

    /// <summary>
    /// The tasks carrying every label of <paramref name="filter"/> (tasks carry their service's labels): also the
    /// tasks of services already removed, while the swarm still winds them down.
    /// </summary>
    Task<ImmutableArray<SwarmTask>> ListTasksAsync(LabelFilter filter, CancellationToken cancellationToken);

    /// <summary>A service's output across its tasks, each line with the task and node it came from.</summary>
    IAsyncEnumerable<SwarmLogLine> GetServiceLogsAsync(string serviceId, LogOptions options, CancellationToken cancellationToken);
}
