using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Service keys about mounts, files and storage.</summary>
internal static class ServiceStorageKeys
{
    public static IEnumerable<KeyValuePair<string, ServiceKeyBinder>> Entries =>
    [
        new("volumes", (s, v, p, c) => s with { Volumes = BindingLists.Items(v, p, new MountBinder(c).Bind) }),
        new("volumes_from", (s, v, p, c) => s with { VolumesFrom = NodeReader.StringList(v, p) }),
        new("tmpfs", (s, v, p, c) => s with { Tmpfs = v is Yaml.SequenceNode ? BindingLists.Items(v, p, ServiceValueRules.Tmpfs) : [ServiceValueRules.Tmpfs(v, p)] }),
        new("secrets", (s, v, p, c) => s with { Secrets = BindingLists.Items(v, p, FileReferenceBinder.Bind) }),
        new("configs", (s, v, p, c) => s with { Configs = BindingLists.Items(v, p, FileReferenceBinder.Bind) }),
        new("storage_opt", (s, v, p, c) => s with { StorageOpt = BindingMaps.Strings(v, p) }),
    ];
}
