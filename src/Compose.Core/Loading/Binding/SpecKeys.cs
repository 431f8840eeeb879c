using System.Collections.Immutable;

namespace Compose.Loading.Binding;

/// <summary>
/// The keys the Compose Specification defines, per section: anything else (but <c>x-*</c>) is refused with a
/// did-you-mean. Each section has the name of its definition in <c>schemas/compose.schema.json</c>; a test keeps
/// the two in agreement.
/// </summary>
public static class SpecKeys
{
    public static readonly ImmutableSortedSet<string> TopLevel = Set(
        "version", "name", "include", "services", "networks", "volumes", "secrets", "configs", "models");

    public static readonly ImmutableSortedSet<string> Include = Set("path", "env_file", "project_directory");

    public static readonly ImmutableSortedSet<string> Service = Set(
        "annotations", "attach", "blkio_config", "build", "cap_add", "cap_drop", "cgroup", "cgroup_parent", "command",
        "configs", "container_name", "cpu_count", "cpu_percent", "cpu_period", "cpu_quota", "cpu_rt_period",
        "cpu_rt_runtime", "cpu_shares", "cpus", "cpuset", "credential_spec", "depends_on", "deploy", "develop",
        "device_cgroup_rules", "devices", "dns", "dns_opt", "dns_search", "domainname", "entrypoint", "env_file",
        "environment", "expose", "extends", "external_links", "extra_hosts", "gpus", "group_add", "healthcheck",
        "hostname", "image", "init", "ipc", "isolation", "label_file", "labels", "links", "logging", "mac_address",
        "mem_limit", "mem_reservation", "mem_swappiness", "memswap_limit", "models", "network_mode", "networks",
        "oom_kill_disable", "oom_score_adj", "pid", "pids_limit", "platform", "ports", "post_start", "pre_start",
        "pre_stop", "privileged", "profiles", "provider", "pull_policy", "pull_refresh_after", "read_only", "restart",
        "runtime", "scale", "secrets", "security_opt", "shm_size", "stdin_open", "stop_grace_period", "stop_signal",
        "storage_opt", "sysctls", "tmpfs", "tty", "ulimits", "use_api_socket", "user", "userns_mode", "uts",
        "volumes", "volumes_from", "working_dir");

    public static readonly ImmutableSortedSet<string> Extends = Set("service", "file");

    public static readonly ImmutableSortedSet<string> Build = Set(
        "context", "dockerfile", "dockerfile_inline", "entitlements", "args", "ssh", "labels", "cache_from", "cache_to",
        "no_cache", "additional_contexts", "network", "provenance", "sbom", "pull", "target", "shm_size", "extra_hosts",
        "isolation", "privileged", "secrets", "tags", "ulimits", "platforms");

    public static readonly ImmutableSortedSet<string> BlkioConfig = Set(
        "device_read_bps", "device_read_iops", "device_write_bps", "device_write_iops", "weight", "weight_device");

    public static readonly ImmutableSortedSet<string> BlkioLimit = Set("path", "rate");
    public static readonly ImmutableSortedSet<string> BlkioWeight = Set("path", "weight");
    public static readonly ImmutableSortedSet<string> CredentialSpec = Set("config", "file", "registry");
    public static readonly ImmutableSortedSet<string> Dependency = Set("condition", "required", "restart");
    public static readonly ImmutableSortedSet<string> Device = Set("source", "target", "permissions");
    public static readonly ImmutableSortedSet<string> DeviceRequest = Set("capabilities", "count", "device_ids", "driver", "options");
    public static readonly ImmutableSortedSet<string> EnvFile = Set("path", "format", "required");

    public static readonly ImmutableSortedSet<string> Healthcheck = Set(
        "disable", "interval", "retries", "test", "timeout", "start_period", "start_interval");

    public static readonly ImmutableSortedSet<string> Hook = Set("command", "user", "privileged", "working_dir", "environment");
    public static readonly ImmutableSortedSet<string> PreStartHook = Hook.Add("image");
    public static readonly ImmutableSortedSet<string> Logging = Set("driver", "options");
    public static readonly ImmutableSortedSet<string> ServiceModel = Set("endpoint_var", "model_var");

    public static readonly ImmutableSortedSet<string> ServiceNetwork = Set(
        "aliases", "interface_name", "ipv4_address", "ipv6_address", "link_local_ips", "mac_address", "driver_opts",
        "priority", "gw_priority");

    public static readonly ImmutableSortedSet<string> Port = Set("name", "mode", "host_ip", "target", "published", "protocol", "app_protocol");
    public static readonly ImmutableSortedSet<string> Provider = Set("type", "options");
    public static readonly ImmutableSortedSet<string> FileReference = Set("source", "target", "uid", "gid", "mode");
    public static readonly ImmutableSortedSet<string> Ulimit = Set("soft", "hard");

    public static readonly ImmutableSortedSet<string> Mount = Set(
        "type", "source", "target", "read_only", "consistency", "bind", "volume", "tmpfs", "image");

    public static readonly ImmutableSortedSet<string> MountBind = Set("propagation", "create_host_path", "recursive", "selinux");
    public static readonly ImmutableSortedSet<string> MountVolume = Set("labels", "nocopy", "subpath");
    public static readonly ImmutableSortedSet<string> MountTmpfs = Set("size", "mode");
    public static readonly ImmutableSortedSet<string> MountImage = Set("subpath");

    public static readonly ImmutableSortedSet<string> Deploy = Set(
        "mode", "endpoint_mode", "replicas", "labels", "rollback_config", "update_config", "resources", "restart_policy", "placement");

    public static readonly ImmutableSortedSet<string> UpdateConfig = Set(
        "parallelism", "delay", "failure_action", "monitor", "max_failure_ratio", "order");

    public static readonly ImmutableSortedSet<string> Resources = Set("limits", "reservations");
    public static readonly ImmutableSortedSet<string> ResourceLimits = Set("cpus", "memory", "pids");
    public static readonly ImmutableSortedSet<string> ResourceReservations = Set("cpus", "memory", "generic_resources", "devices");
    public static readonly ImmutableSortedSet<string> GenericResource = Set("discrete_resource_spec");
    public static readonly ImmutableSortedSet<string> DiscreteResourceSpec = Set("kind", "value");
    public static readonly ImmutableSortedSet<string> RestartPolicy = Set("condition", "delay", "max_attempts", "window");
    public static readonly ImmutableSortedSet<string> Placement = Set("constraints", "preferences", "max_replicas_per_node");
    public static readonly ImmutableSortedSet<string> PlacementPreference = Set("spread");
    public static readonly ImmutableSortedSet<string> Develop = Set("watch");

    public static readonly ImmutableSortedSet<string> WatchRule = Set(
        "ignore", "include", "path", "action", "target", "exec", "initial_sync");

    public static readonly ImmutableSortedSet<string> Network = Set(
        "name", "driver", "driver_opts", "external", "ipam", "internal", "attachable", "enable_ipv4", "enable_ipv6", "labels");

    public static readonly ImmutableSortedSet<string> Ipam = Set("driver", "config", "options");
    public static readonly ImmutableSortedSet<string> IpamConfig = Set("subnet", "ip_range", "gateway", "aux_addresses");

    /// <summary>The legacy <c>external: {name: x}</c> form.</summary>
    public static readonly ImmutableSortedSet<string> External = Set("name");

    public static readonly ImmutableSortedSet<string> Volume = Set("name", "driver", "driver_opts", "external", "labels");

    public static readonly ImmutableSortedSet<string> Secret = Set(
        "name", "environment", "file", "external", "labels", "driver", "driver_opts", "template_driver");

    public static readonly ImmutableSortedSet<string> Config = Set(
        "name", "content", "environment", "file", "external", "labels", "template_driver");

    public static readonly ImmutableSortedSet<string> Model = Set("name", "model", "context_size", "runtime_flags");

    /// <summary>Every section by its schema definition name (the root is <c>compose</c>).</summary>
    public static readonly ImmutableSortedDictionary<string, ImmutableSortedSet<string>> Sections =
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, ImmutableSortedSet<string>>
        {
            ["compose"] = TopLevel, ["include"] = Include, ["service"] = Service, ["extends"] = Extends, ["build"] = Build,
            ["blkio_config"] = BlkioConfig, ["blkio_limit"] = BlkioLimit, ["blkio_weight"] = BlkioWeight,
            ["credential_spec"] = CredentialSpec, ["dependency"] = Dependency, ["device"] = Device,
            ["device_request"] = DeviceRequest, ["env_file"] = EnvFile, ["healthcheck"] = Healthcheck,
            ["service_hook"] = Hook, ["pre_start_hook"] = PreStartHook, ["logging"] = Logging,
            ["service_model"] = ServiceModel, ["service_network"] = ServiceNetwork, ["port"] = Port,
            ["provider"] = Provider, ["file_reference"] = FileReference, ["ulimit"] = Ulimit, ["mount"] = Mount,
            ["mount_bind"] = MountBind, ["mount_volume"] = MountVolume, ["mount_tmpfs"] = MountTmpfs,
            ["mount_image"] = MountImage, ["deploy"] = Deploy, ["update_config"] = UpdateConfig,
            ["resources"] = Resources, ["resource_limits"] = ResourceLimits,
            ["resource_reservations"] = ResourceReservations, ["generic_resource"] = GenericResource,
            ["discrete_resource_spec"] = DiscreteResourceSpec, ["restart_policy"] = RestartPolicy,
            ["placement"] = Placement, ["placement_preference"] = PlacementPreference, ["develop"] = Develop,
            ["watch_rule"] = WatchRule, ["network"] = Network, ["ipam"] = Ipam, ["ipam_config"] = IpamConfig,
            ["external"] = External, ["volume"] = Volume, ["secret"] = Secret, ["config"] = Config, ["model"] = Model,
        });

    private static ImmutableSortedSet<string> Set(params string[] keys) => ImmutableSortedSet.Create(StringComparer.Ordinal, keys);
}
