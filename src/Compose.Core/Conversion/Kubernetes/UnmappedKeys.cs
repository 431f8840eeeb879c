using Compose.Model;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Service keys with no Kubernetes mapping that the other rules do not already speak for: each one present gives one
/// warning at its key. Keys that only matter to compose itself (<c>profiles</c>, <c>develop</c>, <c>attach</c>,
/// <c>pull_refresh_after</c>) are not warned about.
/// </summary>
public static class UnmappedKeys
{
    private sealed record Rule(string Key, string Kind, Func<Service, bool> IsSet, string Message);

    private const string Node = "the node's container runtime decides it; it is left out.";

    private static readonly Rule[] Rules =
    [
        new("init", WarningKinds.Init, s => s.Init == true, "Kubernetes has no init process option; use an image with tini (or the pod's shareProcessNamespace) if the process needs one."),
        new("stop_signal", WarningKinds.Unsupported, s => s.StopSignal is not null, "the stop signal is the image's STOPSIGNAL in Kubernetes; it is left out."),
        new("logging", WarningKinds.Unsupported, s => s.Logging is not null, "logging drivers have no mapping: the cluster collects container output; it is left out."),
        new("volumes_from", WarningKinds.Volume, s => !s.VolumesFrom.IsEmpty, "volumes_from has no mapping; mount the same named volumes in both services."),
        new("external_links", WarningKinds.Unsupported, s => !s.ExternalLinks.IsEmpty, "external_links has no mapping; reach the other project's Service by its DNS name."),
        new("devices", WarningKinds.Device, s => !s.Devices.IsEmpty, "host devices have no portable mapping; use a device plugin."),
        new("device_cgroup_rules", WarningKinds.Device, s => !s.DeviceCgroupRules.IsEmpty, "device cgroup rules have no mapping."),
        new("gpus", WarningKinds.Device, s => !s.Gpus.IsEmpty, "gpus has no portable mapping; request the device plugin's resource (e.g. nvidia.com/gpu)."),
        new("ulimits", WarningKinds.Unsupported, s => !s.Ulimits.IsEmpty, "ulimits have no per-pod mapping; " + Node),
        new("pid", WarningKinds.Unsupported, s => s.Pid is not null, "a shared PID namespace has no mapping here (hostPID is refused by the baseline Pod Security Standard)."),
        new("ipc", WarningKinds.Unsupported, s => s.Ipc is not null, "IPC namespace modes have no mapping; containers of one pod already share IPC."),
        new("uts", WarningKinds.Unsupported, s => s.Uts is not null, "the UTS namespace mode has no mapping."),
        new("userns_mode", WarningKinds.Unsupported, s => s.UsernsMode is not null, "userns_mode has no mapping (see the pod's hostUsers)."),
        new("cgroup", WarningKinds.Unsupported, s => s.Cgroup is not null, "the cgroup namespace mode has no mapping."),
        new("cgroup_parent", WarningKinds.Unsupported, s => s.CgroupParent is not null, "cgroup_parent has no mapping; " + Node),
        new("isolation", WarningKinds.Unsupported, s => s.Isolation is not null, "isolation has no mapping."),
        new("runtime", WarningKinds.Unsupported, s => s.Runtime is not null, "the container runtime is chosen by a RuntimeClass in Kubernetes; set the pod's runtimeClassName."),
        new("storage_opt", WarningKinds.Unsupported, s => !s.StorageOpt.IsEmpty, "storage_opt has no mapping; " + Node),
        new("blkio_config", WarningKinds.Unsupported, s => s.BlkioConfig is not null, "block IO weights and limits have no mapping."),
        new("cpu_count", WarningKinds.Unsupported, s => s.CpuCount is not null, "cpu_count has no mapping; use deploy.resources.limits.cpus."),
        new("cpu_percent", WarningKinds.Unsupported, s => s.CpuPercent is not null, "cpu_percent has no mapping; use deploy.resources.limits.cpus."),
        new("cpu_shares", WarningKinds.Unsupported, s => s.CpuShares is not null, "cpu_shares has no mapping; use deploy.resources.reservations.cpus."),
        new("cpu_period", WarningKinds.Unsupported, s => s.CpuPeriod is not null, "cpu_period has no mapping; " + Node),
        new("cpu_quota", WarningKinds.Unsupported, s => s.CpuQuota is not null, "cpu_quota has no mapping; use deploy.resources.limits.cpus."),
        new("cpu_rt_period", WarningKinds.Unsupported, s => s.CpuRtPeriod is not null, "real-time CPU scheduling has no mapping."),
        new("cpu_rt_runtime", WarningKinds.Unsupported, s => s.CpuRtRuntime is not null, "real-time CPU scheduling has no mapping."),
        new("cpuset", WarningKinds.Unsupported, s => s.Cpuset is not null, "cpuset has no mapping (the kubelet's CPU manager pins CPUs)."),
        new("memswap_limit", WarningKinds.Unsupported, s => s.MemswapLimit is not null, "memswap_limit has no mapping; " + Node),
        new("mem_swappiness", WarningKinds.Unsupported, s => s.MemSwappiness is not null, "mem_swappiness has no mapping; " + Node),
        new("oom_kill_disable", WarningKinds.Unsupported, s => s.OomKillDisable is not null, "oom_kill_disable has no mapping."),
        new("oom_score_adj", WarningKinds.Unsupported, s => s.OomScoreAdj is not null, "oom_score_adj has no mapping (the kubelet sets it from the pod's QoS class)."),
        new("pids_limit", WarningKinds.Unsupported, s => s.PidsLimit is not null, "pids_limit has no per-pod mapping; " + Node),
        new("credential_spec", WarningKinds.Unsupported, s => s.CredentialSpec is not null, "credential_spec has no mapping here (see the pod's windowsOptions)."),
        new("mac_address", WarningKinds.Network, s => s.MacAddress is not null, "a fixed MAC address has no mapping."),
        new("domainname", WarningKinds.Unsupported, s => s.Domainname is not null, "domainname has no mapping (see the pod's subdomain)."),
        new("use_api_socket", WarningKinds.Unsupported, s => s.UseApiSocket, "there is no engine socket to give a pod."),
        new("models", WarningKinds.Unsupported, s => !s.Models.IsEmpty, "model runner bindings have no mapping."),
        new("provider", WarningKinds.Unsupported, s => s.Provider is not null, "a provider service runs nothing in a container; it is left out."),
    ];

    public static void Warn(ConversionContext context, Service service)
    {
        foreach (var rule in Rules.Where(r => r.IsSet(service)))
        {
            context.Warn(rule.Kind, $"services.{service.Name}.{rule.Key}", rule.Message);
        }

        if (service.Build is not null)
        {
            context.Warn(WarningKinds.Build, $"services.{service.Name}.build",
                $"the cluster does not build images: build and push {service.ImageName(context.Project.Name)} to a registry the cluster pulls from (composectl build, then composectl push).");
        }

        if (service.NetworkMode is { } mode && mode is not ("bridge" or "default"))
        {
            context.Warn(WarningKinds.NetworkMode, $"services.{service.Name}.network_mode",
                $"network_mode: {mode} has no mapping; the pod gets its own network address like any pod.");
        }

        WarnDependencies(context, service);
    }

    /// <summary>
    /// <c>service_started</c> only orders starts, which pods do not need (they retry); <c>service_healthy</c> waits, and
    /// Kubernetes starts pods without waiting, so the order is lost (readiness probes still hold traffic back).
    /// </summary>
    private static void WarnDependencies(ConversionContext context, Service service)
    {
        foreach (var (name, dependency) in service.DependsOn.Where(d => d.Value.Condition == ServiceDependency.Healthy))
        {
            context.Warn(WarningKinds.DependsOnOrder, $"services.{service.Name}.depends_on.{name}",
                $"Kubernetes starts {service.Name} without waiting for {name} to be healthy; it must retry until {name} answers (its readiness probe keeps traffic away until then).");
        }
    }
}
