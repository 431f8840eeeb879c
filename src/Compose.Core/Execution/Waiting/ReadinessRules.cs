using Compose.Planning.Steps;
using Compose.Runtime;

namespace Compose.Execution.Waiting;

/// <summary>
/// Decides from one inspect whether a container has reached a <see cref="Readiness"/>, can no longer reach it, or
/// may still (null). Pure, so every rule is tested without an engine.
/// </summary>
public static class ReadinessRules
{
    public static ReadinessVerdict? Evaluate(ContainerDetails? details, string name, Readiness readiness)
    {
        if (details is null)
        {
            return ReadinessVerdict.Failed($"container {name} was removed");
        }

        return readiness switch
        {
            Readiness.Healthy => Healthy(details, name),
            Readiness.CompletedSuccessfully => Completed(details, name),
            _ => RunningOrHealthy(details, name),
        };
    }

    /// <summary>
    /// A container that is no longer running is reported by its exit, whatever health it last had: an engine that
    /// stops or restarts leaves the last health status behind, and "unhealthy" would blame the service.
    /// </summary>
    private static ReadinessVerdict? Healthy(ContainerDetails details, string name) => (details.Summary.State, details.HealthStatus) switch
    {
        (ContainerState.Exited or ContainerState.Dead, _) => ReadinessVerdict.Failed($"container {name} exited ({details.ExitCode ?? -1}) before it became healthy"),
        (_, "healthy") => ReadinessVerdict.Reached("Healthy"),
        (_, "unhealthy") => Unhealthy(details, name),
        (ContainerState.Running, null) => ReadinessVerdict.Failed($"container {name} has no healthcheck configured, so service_healthy can never hold; add a healthcheck or use service_started"),
        _ => null,
    };

    private static ReadinessVerdict? Completed(ContainerDetails details, string name) => details.Summary.State switch
    {
        ContainerState.Exited or ContainerState.Dead when details.ExitCode == 0 => ReadinessVerdict.Reached("Exited"),
        ContainerState.Exited or ContainerState.Dead => ReadinessVerdict.Failed($"container {name} didn't complete successfully: exit {details.ExitCode ?? -1}"),
        _ => null,
    };

    private static ReadinessVerdict? RunningOrHealthy(ContainerDetails details, string name) => (details.Summary.State, details.HealthStatus) switch
    {
        (ContainerState.Exited or ContainerState.Dead, _) when details.ExitCode == 0 => ReadinessVerdict.Reached("Exited"),
        (ContainerState.Exited or ContainerState.Dead, _) => ReadinessVerdict.Failed($"container {name} exited ({details.ExitCode ?? -1})"),
        (_, "unhealthy") => Unhealthy(details, name),
        (ContainerState.Running, "healthy") => ReadinessVerdict.Reached("Healthy"),
        (ContainerState.Running, null) => ReadinessVerdict.Reached("Running"),
        _ => null,
    };

    private static ReadinessVerdict Unhealthy(ContainerDetails details, string name) =>
        ReadinessVerdict.Failed($"container {name} is unhealthy{LastCheck(details)}");

    /// <summary>Where a container still is on its way to readiness (for a wait that ran out of time).</summary>
    public static string DescribePending(ContainerDetails? details, string name) => details switch
    {
        null => $"container {name} was removed",
        { Summary.State: ContainerState.Created } => $"container {name} has not been started",
        { HealthStatus: { } health } => $"container {name} is {details.Summary.State.ToString().ToLowerInvariant()}, health {health}{LastCheck(details)}",
        _ => $"container {name} is {details.Summary.State.ToString().ToLowerInvariant()}",
    };

    /// <summary>"; its last health check said: ..." (a multi-line output indented under it), or nothing before the first check.</summary>
    private static string LastCheck(ContainerDetails details)
    {
        var output = details.HealthLog.IsDefaultOrEmpty ? "" : details.HealthLog[^1].Output.Trim();
        if (output.Length == 0)
        {
            return details.HealthLog.IsDefaultOrEmpty ? "" : $"; its last health check exited with {details.HealthLog[^1].ExitCode} and printed nothing";
        }

        return output.Contains('\n', StringComparison.Ordinal)
            ? "; its last health check said:\n" + string.Join('\n', output.Split('\n').Select(line => "    " + line.TrimEnd('\r')))
            : $"; its last health check said: {output}";
    }
}
