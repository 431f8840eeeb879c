namespace Compose.Loading.Merging;

/// <summary>How the value at a path merges with the value an earlier file (or the extended service) gave it.</summary>
public enum MergeKind
{
    /// <summary>The later value replaces the earlier one (<c>command</c>, <c>entrypoint</c>, <c>healthcheck.test</c>).</summary>
    Replace,

    /// <summary>Lists (or a single string) merge; entries with the same key replace earlier ones, in place.</summary>
    UniqueList,

    /// <summary>Like <see cref="UniqueList"/>, but entries with the same key merge recursively (IPAM pools by subnet).</summary>
    UniqueListDeep,

    /// <summary><c>KEY=value</c> lists and <c>KEY: value</c> mappings merge by key, across both forms.</summary>
    KeyValue,

    /// <summary>Like <see cref="KeyValue"/>, but a key's entries are replaced as a group (a host may have several IPs).</summary>
    KeyGroups,

    /// <summary>A list of names becomes a mapping (<c>depends_on</c>, service <c>networks</c>), then mappings merge.</summary>
    NamesToMapping,

    /// <summary><c>build: ./dir</c> becomes <c>{context: ./dir}</c>, then mappings merge.</summary>
    Build,

    /// <summary>Options merge only when the driver stays the same; a new driver replaces the whole block.</summary>
    Logging,
}
