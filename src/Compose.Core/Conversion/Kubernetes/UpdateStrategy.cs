using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// A Deployment's strategy. A pod that mounts a ReadWriteOnce claim is replaced by stopping the old one first
/// (<c>Recreate</c>): two pods on different nodes cannot attach it at once. Otherwise <c>deploy.update_config</c>
/// gives a rolling update: <c>parallelism</c> pods at a time, started before (<c>start-first</c>) or after
/// (<c>stop-first</c>, compose's default) the old ones stop, with <c>delay</c> as minReadySeconds.
/// </summary>
public static class UpdateStrategy
{
    public static V1DeploymentStrategy? Deployment(ConversionContext context, Service service, V1PodSpec pod)
    {
        var path = $"services.{service.Name}.deploy";
        var update = service.Deploy?.UpdateConfig;
        if (service.Deploy?.RollbackConfig is not null)
        {
            context.Warn(WarningKinds.Unsupported, $"{path}.rollback_config", "Kubernetes rolls back on request (kubectl rollout undo), not by a configured policy; rollback_config is left out.");
        }

        if (update is not null && (update.FailureAction is not null || update.Monitor is not null || update.MaxFailureRatio is not null))
        {
            context.Warn(WarningKinds.Unsupported, $"{path}.update_config", "failure_action, monitor and max_failure_ratio have no mapping; a Deployment stops a failing rollout at progressDeadlineSeconds.");
        }

        if (MountsExclusiveClaim(context, pod))
        {
            return new V1DeploymentStrategy { Type = "Recreate" };
        }

        if (update is null)
        {
            return null;
        }

        IntOrString batch = Math.Max(1, update.Parallelism ?? 1);
        return new V1DeploymentStrategy
        {
            Type = "RollingUpdate",
            RollingUpdate = update.Order == "start-first"
                ? new V1RollingUpdateDeployment { MaxSurge = batch, MaxUnavailable = 0 }
                : new V1RollingUpdateDeployment { MaxSurge = 0, MaxUnavailable = batch },
        };
    }

    private static bool MountsExclusiveClaim(ConversionContext context, V1PodSpec pod)
    {
        var claims = (pod.Volumes ?? []).Select(v => v.PersistentVolumeClaim?.ClaimName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var usage = VolumeUsage.Of(context);
        return context.Project.Volumes.Any(v => !v.Value.External && usage.TryGetValue(v.Key, out var users)
            && claims.Contains(ClaimBuilder.ClaimName(context, v.Key, v.Value)) && VolumeUsage.AccessMode(context, users) == "ReadWriteOnce");
    }
}
