using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Decides each service's workload kind. A service others wait for with <c>service_completed_successfully</c> runs
/// as their init container (so it runs, and succeeds, before each of their pods starts, as compose runs it before
/// them); <c>mode: global</c> is a DaemonSet; a service that says it runs to completion (<c>restart: "no"</c> or
/// <c>on-failure</c>, or the same in <c>deploy.restart_policy</c>, or a job mode) is a Job; with
/// <see cref="KubernetesOptions.StatefulSets"/>, one that mounts a named volume is a StatefulSet; the rest are Deployments.
/// </summary>
public static class WorkloadClassifier
{
    public static ImmutableSortedDictionary<string, WorkloadRole> Classify(Project project, KubernetesOptions options)
    {
        var awaited = project.Services.Values
            .SelectMany(s => s.DependsOn.Where(d => d.Value.Condition == ServiceDependency.CompletedSuccessfully).Select(d => d.Key))
            .Where(project.Services.ContainsKey)
            .ToHashSet(StringComparer.Ordinal);
        var roles = ImmutableSortedDictionary.CreateBuilder<string, WorkloadRole>(StringComparer.Ordinal);
        foreach (var service in project.Services.Values)
        {
            var kind = awaited.Contains(service.Name) ? WorkloadKind.InitContainer : KindOf(project, service, options);
            roles[service.Name] = new WorkloadRole(kind, InitServices(project, service));
        }

        return roles.ToImmutable();
    }

    private static WorkloadKind KindOf(Project project, Service service, KubernetesOptions options)
    {
        if (service.Provider is not null)
        {
            return WorkloadKind.None;
        }

        return service.Deploy?.Mode switch
        {
            "global" => WorkloadKind.DaemonSet,
            "replicated-job" or "global-job" => WorkloadKind.Job,
            _ when RunsToCompletion(service) => WorkloadKind.Job,
            _ when options.StatefulSets && service.Volumes.Any(m => IsClaim(project, m)) => WorkloadKind.StatefulSet,
            _ => WorkloadKind.Deployment,
        };
    }

    /// <summary>A mount backed by a PersistentVolumeClaim: a named volume of the project.</summary>
    public static bool IsClaim(Project project, ServiceMount mount) =>
        mount.Type == ServiceMount.Volume && mount.Source is { } source && project.Volumes.ContainsKey(source);

    /// <summary><c>restart:</c> wins over <c>deploy.restart_policy</c>, as in compose; unset means a long-running service.</summary>
    public static bool RunsToCompletion(Service service) => service.Restart is { } restart
        ? restart == "no" || restart.StartsWith("on-failure", StringComparison.Ordinal)
        : service.Deploy?.RestartPolicy?.Condition is "none" or "on-failure";

    private static ImmutableArray<string> InitServices(Project project, Service service)
    {
        var order = new List<string>();
        Visit(project, service, order, new HashSet<string>(StringComparer.Ordinal) { service.Name });
        return [.. order];
    }

    private static void Visit(Project project, Service service, List<string> order, HashSet<string> path)
    {
        foreach (var (name, dependency) in service.DependsOn)
        {
            if (dependency.Condition != ServiceDependency.CompletedSuccessfully || !project.Services.TryGetValue(name, out var awaited) || !path.Add(name))
            {
                continue;
            }

            Visit(project, awaited, order, path);
            if (!order.Contains(name))
            {
                order.Add(name);
            }
        }
    }
}
