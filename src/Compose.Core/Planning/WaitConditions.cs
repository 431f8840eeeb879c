using System.Collections.Immutable;
using Compose.Model;
using Compose.Planning.Steps;

namespace Compose.Planning;

/// <summary>
/// What <c>up --wait</c> (and <c>start --wait</c>) waits each service for, as docker compose does: running, and
/// healthy when it has a health check; a service another one depends on with <c>service_completed_successfully</c> is
/// a one-shot, waited for until it has exited 0, so a failing migration fails the command instead of passing as
/// "Running" while it still runs.
/// </summary>
public static class WaitConditions
{
    public static ImmutableSortedDictionary<string, Readiness> For(Project project, IEnumerable<string> services) =>
        services.Distinct(StringComparer.Ordinal).ToImmutableSortedDictionary(
            s => s,
            s => IsOneShot(project, s) ? Readiness.CompletedSuccessfully : Readiness.RunningOrHealthy,
            StringComparer.Ordinal);

    public static bool IsOneShot(Project project, string service) =>
        project.Services.Values.Any(s => s.DependsOn.TryGetValue(service, out var d) && d.Condition == ServiceDependency.CompletedSuccessfully);
}
