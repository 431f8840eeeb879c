using System.Text.Json.Serialization;

namespace Compose.Runtime.Native.Bundles;

// The OCI runtime spec (config.json) as runc 1.1 reads it: only the members the driver sets.

internal sealed record OciSpec
{
    [JsonPropertyName("ociVersion")] public string OciVersion { get; init; } = "1.0.2";
    [JsonPropertyName("process")] public required OciProcess Process { get; init; }
    [JsonPropertyName("root")] public required OciRoot Root { get; init; }
    [JsonPropertyName("hostname")] public string? Hostname { get; init; }
    [JsonPropertyName("mounts")] public List<OciMount> Mounts { get; init; } = [];
    [JsonPropertyName("annotations")] public Dictionary<string, string>? Annotations { get; init; }
    [JsonPropertyName("linux")] public required OciLinux Linux { get; init; }
}

internal sealed record OciProcess
{
    [JsonPropertyName("terminal")] public bool Terminal { get; init; }
    [JsonPropertyName("user")] public required OciUser User { get; init; }
    [JsonPropertyName("args")] public required List<string> Args { get; init; }
    [JsonPropertyName("env")] public List<string> Env { get; init; } = [];
    [JsonPropertyName("cwd")] public string Cwd { get; init; } = "/";
    [JsonPropertyName("capabilities")] public OciCapabilities? Capabilities { get; init; }
    [JsonPropertyName("rlimits")] public List<OciRlimit>? Rlimits { get; init; }
    [JsonPropertyName("noNewPrivileges")] public bool NoNewPrivileges { get; init; }
    [JsonPropertyName("oomScoreAdj")] public int? OomScoreAdj { get; init; }
}

internal sealed record OciUser
{
    [JsonPropertyName("uid")] public uint Uid { get; init; }
    [JsonPropertyName("gid")] public uint Gid { get; init; }
    [JsonPropertyName("additionalGids")] public List<uint>? AdditionalGids { get; init; }
}

internal sealed record OciCapabilities
{
    [JsonPropertyName("bounding")] public required List<string> Bounding { get; init; }
    [JsonPropertyName("effective")] public required List<string> Effective { get; init; }
    [JsonPropertyName("permitted")] public required List<string> Permitted { get; init; }
    [JsonPropertyName("inheritable")] public List<string> Inheritable { get; init; } = [];
    [JsonPropertyName("ambient")] public List<string> Ambient { get; init; } = [];
}

internal sealed record OciRlimit(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("hard")] ulong Hard,
    [property: JsonPropertyName("soft")] ulong Soft);

internal sealed record OciRoot(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("readonly")] bool Readonly);

internal sealed record OciMount(
    [property: JsonPropertyName("destination")] string Destination,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("options")] List<string> Options);

internal sealed record OciLinux
{
    [JsonPropertyName("namespaces")] public required List<OciNamespace> Namespaces { get; init; }
    [JsonPropertyName("cgroupsPath")] public string? CgroupsPath { get; init; }
    [JsonPropertyName("resources")] public OciResources? Resources { get; init; }
    [JsonPropertyName("sysctl")] public Dictionary<string, string>? Sysctl { get; init; }
    [JsonPropertyName("devices")] public List<OciDevice>? Devices { get; init; }
    [JsonPropertyName("maskedPaths")] public List<string>? MaskedPaths { get; init; }
    [JsonPropertyName("readonlyPaths")] public List<string>? ReadonlyPaths { get; init; }
}

internal sealed record OciNamespace(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("path")] string? Path = null);

internal sealed record OciDevice
{
    [JsonPropertyName("path")] public required string Path { get; init; }
    [JsonPropertyName("type")] public required string Type { get; init; }
    [JsonPropertyName("major")] public long Major { get; init; }
    [JsonPropertyName("minor")] public long Minor { get; init; }
    [JsonPropertyName("fileMode")] public uint? FileMode { get; init; }
    [JsonPropertyName("uid")] public uint? Uid { get; init; }
    [JsonPropertyName("gid")] public uint? Gid { get; init; }
}

internal sealed record OciResources
{
    [JsonPropertyName("devices")] public List<OciDeviceRule>? Devices { get; init; }
    [JsonPropertyName("memory")] public OciMemory? Memory { get; init; }
    [JsonPropertyName("cpu")] public OciCpu? Cpu { get; init; }
    [JsonPropertyName("pids")] public OciPids? Pids { get; init; }
    [JsonPropertyName("blockIO")] public OciBlockIo? BlockIo { get; init; }
}

internal sealed record OciDeviceRule
{
    [JsonPropertyName("allow")] public bool Allow { get; init; }
    [JsonPropertyName("type")] public string? Type { get; init; }
    [JsonPropertyName("major")] public long? Major { get; init; }
    [JsonPropertyName("minor")] public long? Minor { get; init; }
    [JsonPropertyName("access")] public string? Access { get; init; }
}

internal sealed record OciMemory
{
    [JsonPropertyName("limit")] public long? Limit { get; init; }
    [JsonPropertyName("reservation")] public long? Reservation { get; init; }
    [JsonPropertyName("swap")] public long? Swap { get; init; }
    [JsonPropertyName("swappiness")] public ulong? Swappiness { get; init; }
    [JsonPropertyName("disableOOMKiller")] public bool? DisableOomKiller { get; init; }
}

internal sealed record OciCpu
{
    [JsonPropertyName("shares")] public ulong? Shares { get; init; }
    [JsonPropertyName("quota")] public long? Quota { get; init; }
    [JsonPropertyName("period")] public ulong? Period { get; init; }
    [JsonPropertyName("realtimeRuntime")] public long? RealtimeRuntime { get; init; }
    [JsonPropertyName("realtimePeriod")] public ulong? RealtimePeriod { get; init; }
    [JsonPropertyName("cpus")] public string? Cpus { get; init; }
    [JsonPropertyName("mems")] public string? Mems { get; init; }
}

internal sealed record OciPids([property: JsonPropertyName("limit")] long Limit);

internal sealed record OciBlockIo([property: JsonPropertyName("weight")] ushort? Weight);
