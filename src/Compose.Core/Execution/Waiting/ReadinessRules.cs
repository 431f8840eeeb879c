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

    private static ReadinessVerdict? Healthy(ContainerDetails details, string name) => (details.Summary.State, details.HealthStatus) switch
    {
        (_, "healthy") => ReadinessVerdict.Reached("Healthy"),
        (_, "unhealthy") => Unhealthy(details, name),
        (ContainerState.Exited or ContainerState.Dead, _) => ReadinessVerdict.Failed($"container {name} exited ({details.ExitCode ?? -1}) before it became healthy"),
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
        (_, "unhealthy") => Unhealthy(details, name),
        (ContainerState.Running, "healthy") => ReadinessVerdict.Reached("Healthy"),
        (ContainerState.Running, null) => ReadinessVerdict.Reached("Running"),
        (ContainerState.Exited or ContainerState.Dead, _) when details.ExitCode == 0 => ReadinessVerdict.Reached("Exited"),
        (ContainerState.Exited or ContainerState.Dead, _) => ReadinessVerdict.Failed($"container {name} exited ({details.ExitCode ?? -1})"),
        _ => null,
    };

    private static ReadinessVerdict Unhealthy(ContainerDetails details, string name)
    {
        var output = details.HealthLog.IsDefaultOrEmpty ? null : details.HealthLog[^1].Output.Trim();
        return ReadinessVerdict.Failed(string.IsNullOrEmpty(output)
            ? $"container {name} is unhealthy"
            : $"container {name} is unhealthy; its last health check said: {output}");
    }
}
