using Compose.Runtime.Docker.Configuration;

namespace Compose.Runtime.Errors;

/// <summary>
/// The engine accepted a request and did not answer it within the limit (it froze, or is badly overloaded). Names the
/// operation and the limit, and the setting that changes it.
/// </summary>
public sealed class EngineTimeoutException(string operation, string? resource, TimeSpan limit)
    : ContainerRuntimeException(
        operation,
        resource,
        $"the engine did not answer within {Describe(limit)}; it may be frozen or overloaded: check it with 'docker info' and run "
        + $"the command again, or allow it longer with {EngineTimeoutSetting.Variable} (seconds, or a duration such as 5m)")
{
    public TimeSpan Limit { get; } = limit;

    internal static string Describe(TimeSpan limit) =>
        limit.TotalSeconds < 1 ? $"{limit.TotalMilliseconds:0} ms"
        : limit.TotalSeconds % 1 == 0 ? $"{limit.TotalSeconds:0} s"
        : $"{limit.TotalSeconds:0.###} s";
}
