using Compose.Model;
using k8s.Models;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Lifecycle hooks: the first <c>post_start</c> and <c>pre_stop</c> as the container's postStart and preStop exec
/// handlers (Kubernetes has one of each), and <c>pre_start</c> hooks as init containers of the pod.
/// </summary>
public static class HookMapper
{
    public static V1Lifecycle? Lifecycle(ConversionContext context, Service service)
    {
        var postStart = Handler(context, service, "post_start", service.PostStart);
        var preStop = Handler(context, service, "pre_stop", service.PreStop);
        return postStart is null && preStop is null ? null : new V1Lifecycle { PostStart = postStart, PreStop = preStop };
    }

    public static IEnumerable<V1Container> PreStart(ConversionContext context, Service service, V1Container main)
    {
        for (var i = 0; i < service.PreStart.Length; i++)
        {
            var hook = service.PreStart[i];
            WarnUnmapped(context, $"services.{service.Name}.pre_start[{i}]", hook, allowEnvironment: true);
            yield return new V1Container
            {
                Name = $"{main.Name}-pre-start-{i + 1}"[..Math.Min(KubernetesNames.MaxLabelLength, $"{main.Name}-pre-start-{i + 1}".Length)],
                Image = hook.Image ?? main.Image,
                Command = KubeValues.Literals(hook.Command),
                WorkingDir = hook.WorkingDir ?? main.WorkingDir,
                Env = hook.Environment.Where(e => e.Value is not null).Select(e => new V1EnvVar { Name = e.Key, Value = KubeValues.Literal(e.Value!) }).ToList() is { Count: > 0 } env ? env : null,
                VolumeMounts = main.VolumeMounts,
            };
        }
    }

    private static V1LifecycleHandler? Handler(ConversionContext context, Service service, string key, IReadOnlyList<ServiceHook> hooks)
    {
        if (hooks.Count == 0)
        {
            return null;
        }

        var path = $"services.{service.Name}.{key}";
        if (hooks.Count > 1)
        {
            context.Warn(WarningKinds.Hook, path, $"a container has one {key} handler in Kubernetes; only the first hook is kept.");
        }

        WarnUnmapped(context, $"{path}[0]", hooks[0], allowEnvironment: false);
        return new V1LifecycleHandler { Exec = new V1ExecAction { Command = [.. hooks[0].Command] } };
    }

    private static void WarnUnmapped(ConversionContext context, string path, ServiceHook hook, bool allowEnvironment)
    {
        if (hook.User is not null || hook.Privileged || (!allowEnvironment && (hook.WorkingDir is not null || !hook.Environment.IsEmpty)))
        {
            context.Warn(WarningKinds.Hook, path, "a hook's user, privileged, working_dir and environment have no mapping for an exec handler; they are left out.");
        }
    }
}
