using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Targets.Swarm.Mapping;

/// <summary>
/// The service keys a swarm has no place for. Ignored: the stack still does what the files mean without them
/// (build settings of an image that is also named, start order, names of single containers). Refused: the service would
/// run other than the files say (privileges, host namespaces, devices, address bindings). Every other key maps
/// (docs/cluster.md has the table).
/// </summary>
public static class SwarmKeyRules
{
    public static ImmutableArray<SwarmKeyRule> Services { get; } =
    [
        Ignore("build", s => s.Build is not null && s.Image is not null, "a swarm does not build: the nodes pull the image named by image:, so build and push it first (composectl build --push)"),
        Refuse("build", s => s.Build is not null && s.Image is null, "a swarm does not build and this service names no image: add image: with a registry every node can pull from, then composectl build --push"),
        Ignore("depends_on", s => !s.DependsOn.IsEmpty, "swarm starts every service at once: the service must retry until what it needs answers"),
        Ignore("container_name", s => s.ContainerName is not null, "swarm names each task's container itself"),
        Ignore("links", s => !s.Links.IsEmpty, "services reach each other by name on their networks"),
        Ignore("external_links", s => !s.ExternalLinks.IsEmpty, "services reach each other by name on their networks"),
        Ignore("expose", s => !s.Expose.IsEmpty, "every port of a task is reachable on the networks it joins"),
        Ignore("pull_policy", s => s.PullPolicy is not null, "each node pulls the image when it runs a task (see --resolve-image)"),
        Ignore("profiles", s => !s.Profiles.IsEmpty, "the services of active profiles are deployed, the others are not"),
        Ignore("develop", s => s.Develop is not null, "watch works on a single engine only"),
        Ignore("post_start", s => !s.PostStart.IsEmpty, "swarm has no lifecycle hooks"),
        Ignore("pre_stop", s => !s.PreStop.IsEmpty, "swarm has no lifecycle hooks"),
        Ignore("cpus", s => s.Cpus is not null, "use deploy.resources.limits.cpus"),
        Ignore("mem_limit", s => s.MemLimit is not null, "use deploy.resources.limits.memory"),
        Ignore("mem_reservation", s => s.MemReservation is not null, "use deploy.resources.reservations.memory"),
        Ignore("pids_limit", s => s.PidsLimit is not null, "use deploy.resources.limits.pids"),
        Ignore("cpu_shares", s => s.CpuShares is not null, "swarm services take deploy.resources only"),
        Ignore("cpu_quota", s => s.CpuQuota is not null || s.CpuPeriod is not null, "swarm services take deploy.resources only"),
        Ignore("cpuset", s => s.Cpuset is not null, "swarm services take deploy.resources only"),
        Ignore("memswap_limit", s => s.MemswapLimit is not null || s.MemSwappiness is not null, "swarm services take deploy.resources only"),
        Ignore("blkio_config", s => s.BlkioConfig is not null, "swarm services take deploy.resources only"),
        Ignore("shm_size", s => s.ShmSize is not null, "mount a tmpfs volume at /dev/shm instead"),
        Ignore("tmpfs", s => !s.Tmpfs.IsEmpty, "use a volumes entry with type: tmpfs"),
        Ignore("security_opt", s => !s.SecurityOpt.IsEmpty, "swarm services have no security options"),
        Ignore("mac_address", s => s.MacAddress is not null, "tasks get their addresses from their networks"),
        Ignore("domainname", s => s.Domainname is not null, "swarm services have no domain name"),
        Ignore("platform", s => s.Platform is not null, "use deploy.placement.constraints: [node.platform.arch==...]"),
        Ignore("runtime", s => s.Runtime is not null, "tasks run with each node's default runtime"),
        Ignore("storage_opt", s => !s.StorageOpt.IsEmpty, "swarm services have no storage options"),
        Ignore("isolation", s => s.Isolation is not null, "tasks run with each node's default isolation"),
        Ignore("credential_spec", s => s.CredentialSpec is not null, "credential specs are for Windows nodes"),
        Ignore("annotations", s => !s.Annotations.IsEmpty, "swarm services have no annotations; use deploy.labels"),
        Ignore("attach", s => s.Attach is not null, "read the output with composectl logs --to swarm"),
        Refuse("privileged", s => s.Privileged, "swarm services cannot run privileged; grant only what is needed with cap_add"),
        Refuse("network_mode", s => s.NetworkMode is not null, "swarm services join networks: for the host's network stack, join the external network 'host' under networks:"),
        Refuse("pid", s => s.Pid is not null, "swarm services cannot share the host's or another container's process namespace"),
        Refuse("ipc", s => s.Ipc is not null, "swarm services cannot share an IPC namespace"),
        Refuse("uts", s => s.Uts is not null, "swarm services cannot share the host's UTS namespace"),
        Refuse("userns_mode", s => s.UsernsMode is not null, "swarm services cannot choose their user namespace"),
        Refuse("cgroup", s => s.Cgroup is not null || s.CgroupParent is not null, "swarm services cannot choose their cgroup"),
        Refuse("devices", s => !s.Devices.IsEmpty || !s.DeviceCgroupRules.IsEmpty, "swarm services cannot map host devices; nodes can advertise them as generic resources (deploy.resources.reservations.generic_resources)"),
        Refuse("gpus", s => !s.Gpus.IsEmpty, "swarm services reserve GPUs as generic resources (deploy.resources.reservations.generic_resources)"),
        Refuse("deploy.resources.reservations.devices", s => s.Deploy?.Resources?.Reservations?.Devices.IsEmpty == false || s.Deploy?.Resources?.Limits?.Devices.IsEmpty == false,
            "swarm services reserve devices as generic resources (generic_resources)"),
        Refuse("volumes_from", s => !s.VolumesFrom.IsEmpty, "tasks of different services may run on different nodes: share a named volume or a config instead"),
        Refuse("oom_kill_disable", s => s.OomKillDisable is true, "swarm services cannot disable the OOM killer"),
        Refuse("pre_start", s => !s.PreStart.IsEmpty, "swarm has no lifecycle hooks; run the step in the image's entrypoint"),
        Refuse("provider", s => s.Provider is not null, "providers run on a single engine only"),
        Refuse("models", s => !s.Models.IsEmpty, "models run on a single engine only"),
        Refuse("use_api_socket", s => s.UseApiSocket, "a task cannot reach the engine of the node it lands on through composectl"),
    ];

    private static SwarmKeyRule Ignore(string key, Func<Service, bool> used, string reason) => new(key, used, SwarmKeyVerdict.Ignored, reason);

    private static SwarmKeyRule Refuse(string key, Func<Service, bool> used, string reason) => new(key, used, SwarmKeyVerdict.Refused, reason);
}
