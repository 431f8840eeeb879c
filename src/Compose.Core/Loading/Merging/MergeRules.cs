using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Merging;

/// <summary>
/// The merge table, keyed by path patterns (docs/loading.md lists it). Paths not listed follow the spec's default:
/// mappings merge recursively, lists append, scalars are replaced.
/// </summary>
public static class MergeRules
{
    private static readonly MergeRule Replace = new(MergeKind.Replace);
    private static readonly MergeRule Unique = new(MergeKind.UniqueList, ItemKeys.Exact);
    private static readonly MergeRule KeyValue = new(MergeKind.KeyValue, ItemKeys.KeyValue);

    public static readonly ImmutableArray<(string Pattern, MergeRule Rule)> Table =
    [
        ("services.*.command", Replace),
        ("services.*.entrypoint", Replace),
        ("services.*.healthcheck.test", Replace),
        ("services.*.ulimits.*", Replace),
        ("services.*.build", new(MergeKind.Build)),
        ("services.*.logging", new(MergeKind.Logging)),
        ("services.*.ports", new(MergeKind.UniqueList, PortKey.Of)),
        ("services.*.volumes", new(MergeKind.UniqueList, ItemKeys.VolumeTarget)),
        ("services.*.devices", new(MergeKind.UniqueList, ItemKeys.DeviceTarget)),
        ("services.*.secrets", new(MergeKind.UniqueList, ItemKeys.MountTarget("/run/secrets"))),
        ("services.*.configs", new(MergeKind.UniqueList, ItemKeys.MountTarget(""))),
        ("services.*.env_file", new(MergeKind.UniqueList, ItemKeys.EnvFilePath)),
        ("services.*.tmpfs", new(MergeKind.UniqueList, ItemKeys.TmpfsPath)),
        .. UniqueLists(
            "expose", "dns", "dns_search", "dns_opt", "cap_add", "cap_drop", "security_opt", "profiles", "links",
            "external_links", "group_add", "device_cgroup_rules", "volumes_from", "label_file", "networks.*.aliases",
            "networks.*.link_local_ips", "build.tags", "build.platforms", "build.cache_from", "build.cache_to",
            "deploy.placement.constraints"),
        .. KeyValues(
            "services.*.environment", "services.*.labels", "services.*.annotations", "services.*.sysctls",
            "services.*.build.args", "services.*.build.labels", "services.*.build.additional_contexts",
            "services.*.deploy.labels", "networks.*.labels", "volumes.*.labels", "secrets.*.labels", "configs.*.labels"),
        ("services.*.extra_hosts", new(MergeKind.KeyGroups, ItemKeys.ExtraHost)),
        ("services.*.build.extra_hosts", new(MergeKind.KeyGroups, ItemKeys.ExtraHost)),
        ("services.*.depends_on", new(MergeKind.NamesToMapping, NameValue: DependencyDefaults)),
        ("services.*.networks", new(MergeKind.NamesToMapping, NameValue: Null)),
        ("services.*.models", new(MergeKind.NamesToMapping, NameValue: Null)),
        ("networks.*.ipam.config", new(MergeKind.UniqueListDeep, ItemKeys.Subnet)),
    ];

    private static readonly PatternTable<MergeRule> Index = new(Table);

    public static MergeRule? Find(TreePath path) => Index.Find(path);

    private static IEnumerable<(string, MergeRule)> UniqueLists(params string[] keys) => keys.Select(k => ($"services.*.{k}", Unique));

    private static IEnumerable<(string, MergeRule)> KeyValues(params string[] patterns) => patterns.Select(p => (p, KeyValue));

    /// <summary><c>depends_on: [db]</c> means <c>db: {condition: service_started, required: true}</c>.</summary>
    private static Node DependencyDefaults(ScalarNode name) => new MappingNode(name.Location,
    [
        new NodeEntry(Scalar(name.Location, "condition"), Scalar(name.Location, "service_started")),
        new NodeEntry(Scalar(name.Location, "required"), Scalar(name.Location, "true")),
    ]);

    private static Node Null(ScalarNode name) => Scalar(name.Location, "null");

    private static ScalarNode Scalar(SourceLocation location, string value) => new(location, value, quoted: false);
}
