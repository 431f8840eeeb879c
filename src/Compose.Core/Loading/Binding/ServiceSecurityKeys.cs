using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Service keys about privileges and namespaces.</summary>
internal static class ServiceSecurityKeys
{
    public static IEnumerable<KeyValuePair<string, ServiceKeyBinder>> Entries =>
    [
        new("privileged", (s, v, p, c) => s with { Privileged = NodeReader.Bool(v, p) }),
        new("read_only", (s, v, p, c) => s with { ReadOnly = NodeReader.Bool(v, p) }),
        new("cap_add", (s, v, p, c) => s with { CapAdd = NodeReader.StringList(v, p) }),
        new("cap_drop", (s, v, p, c) => s with { CapDrop = NodeReader.StringList(v, p) }),
        new("security_opt", (s, v, p, c) => s with { SecurityOpt = NodeReader.StringList(v, p) }),
        new("group_add", (s, v, p, c) => s with { GroupAdd = NodeReader.StringList(v, p) }),
        new("userns_mode", (s, v, p, c) => s with { UsernsMode = NodeReader.String(v, p) }),
        new("credential_spec", (s, v, p, c) => s with { CredentialSpec = CredentialSpecBinder.Bind(v, p) }),
        new("ipc", (s, v, p, c) => s with { Ipc = NodeReader.String(v, p) }),
        new("pid", (s, v, p, c) => s with { Pid = NodeReader.String(v, p) }),
        new("uts", (s, v, p, c) => s with { Uts = NodeReader.String(v, p) }),
        new("cgroup", (s, v, p, c) => s with { Cgroup = ServiceValueRules.Cgroup(v, p) }),
        new("cgroup_parent", (s, v, p, c) => s with { CgroupParent = NodeReader.String(v, p) }),
        new("isolation", (s, v, p, c) => s with { Isolation = NodeReader.String(v, p) }),
        new("runtime", (s, v, p, c) => s with { Runtime = NodeReader.String(v, p) }),
        new("use_api_socket", (s, v, p, c) => s with { UseApiSocket = NodeReader.Bool(v, p) }),
    ];
}
