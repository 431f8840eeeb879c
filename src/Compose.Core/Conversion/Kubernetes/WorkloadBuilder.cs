using k8s;
using k8s.Models;
using Service = Compose.Model.Service;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// The workload object of a service (<see cref="WorkloadClassifier"/> chose its kind): replicas from
/// <c>scale</c>/<c>deploy.replicas</c>, the pod template, <c>deploy.labels</c> as the object's annotations, and the
/// update strategy from <c>deploy.update_config</c>.
/// </summary>
public static class WorkloadBuilder
{
    public static IKubernetesObject? Build(ConversionContext context, Service service)
    {
        var kind = context.Roles[service.Name].Kind;
        if (kind is WorkloadKind.InitContainer or WorkloadKind.None)
        {
            if (kind == WorkloadKind.None)
            {
                UnmappedKeys.Warn(context, service);
            }

            return null;
        }

        var pod = PodBuilder.Build(context, service, kind == WorkloadKind.Job ? JobRestartPolicy(service) : "Always");
        var name = context.NameOf(service.Name);
        var metadata = new V1ObjectMeta
        {
            Name = name,
            Labels = new Dictionary<string, string>(KubernetesLabels.ForService(context.Project.Name, name), StringComparer.Ordinal),
            Annotations = service.Deploy?.Labels is { Count: > 0 } labels ? labels.Where(l => KubernetesNames.IsQualifiedKey(l.Key)).ToDictionary(StringComparer.Ordinal) : null,
        };
        var selector = new V1LabelSelector { MatchLabels = new Dictionary<string, string>(KubernetesLabels.Selector(context.Project.Name, name), StringComparer.Ordinal) };
        return kind switch
        {
            WorkloadKind.Deployment => new V1Deployment
            {
                ApiVersion = "apps/v1",
                Kind = "Deployment",
                Metadata = metadata,
                Spec = new V1DeploymentSpec
                {
                    Replicas = service.Replicas,
                    Selector = selector,
                    Template = pod.Template,
                    Strategy = UpdateStrategy.Deployment(context, service, pod.Template.Spec),
                    MinReadySeconds = service.Deploy?.UpdateConfig?.Delay is { } delay && delay > TimeSpan.Zero ? KubeValues.Seconds(delay) : null,
                },
            },
            WorkloadKind.StatefulSet => new V1StatefulSet
            {
                ApiVersion = "apps/v1",
                Kind = "StatefulSet",
                Metadata = metadata,
                Spec = new V1StatefulSetSpec
                {
                    Replicas = service.Replicas,
                    ServiceName = name,
                    Selector = selector,
                    Template = pod.Template,
                    VolumeClaimTemplates = pod.Volumes.ClaimTemplates.Count == 0 ? null : [.. pod.Volumes.ClaimTemplates],
                },
            },
            WorkloadKind.DaemonSet => new V1DaemonSet { ApiVersion = "apps/v1", Kind = "DaemonSet", Metadata = metadata, Spec = new V1DaemonSetSpec { Selector = selector, Template = pod.Template } },
            _ => new V1Job { ApiVersion = "batch/v1", Kind = "Job", Metadata = metadata, Spec = JobSpec(service, pod.Template) },
        };
    }

    /// <summary>compose runs <c>scale</c> containers once each: as many completions, all at once; retries as restart_policy says.</summary>
    private static V1JobSpec JobSpec(Service service, V1PodTemplateSpec template)
    {
        var replicas = service.Replicas;
        return new V1JobSpec
        {
            Template = template,
            Completions = replicas == 1 ? null : replicas,
            Parallelism = replicas == 1 ? null : replicas,
            BackoffLimit = JobRestartPolicy(service) == "Never" ? 0 : RetryLimit(service),
        };
    }

    /// <summary><c>on-failure</c> restarts a failed container; <c>no</c> (or <c>condition: none</c>) never does.</summary>
    private static string JobRestartPolicy(Service service) => service.Restart is { } restart
        ? restart.StartsWith("on-failure", StringComparison.Ordinal) ? "OnFailure" : "Never"
        : service.Deploy?.RestartPolicy?.Condition == "none" ? "Never" : "OnFailure";

    /// <summary><c>on-failure:N</c> or <c>max_attempts</c>; unset keeps the Job's default of 6.</summary>
    private static int? RetryLimit(Service service) =>
        service.Restart is { } restart && restart.Split(':') is [_, var count] && int.TryParse(count, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : service.Deploy?.RestartPolicy?.MaxAttempts;
}
