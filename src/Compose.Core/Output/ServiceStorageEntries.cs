using Compose.Model;

namespace Compose.Output;

/// <summary>The storage and security keys of a service.</summary>
internal static class ServiceStorageEntries
{
    public static IEnumerable<(string Key, object? Value)> For(Service service) =>
    [
        ("volumes", OutputValues.List(service.Volumes, MountDocument.From)),
        ("volumes_from", OutputValues.List(service.VolumesFrom)),
        ("tmpfs", OutputValues.List(service.Tmpfs)),
        ("secrets", OutputValues.List(service.Secrets, Secret)),
        ("configs", OutputValues.List(service.Configs, FileReference)),
        ("storage_opt", OutputValues.Map(service.StorageOpt)),
        ("privileged", OutputValues.Flag(service.Privileged)),
        ("read_only", OutputValues.Flag(service.ReadOnly)),
        ("cap_add", OutputValues.List(service.CapAdd)),
        ("cap_drop", OutputValues.List(service.CapDrop)),
        ("security_opt", OutputValues.List(service.SecurityOpt)),
        ("group_add", OutputValues.List(service.GroupAdd)),
        ("userns_mode", service.UsernsMode),
        ("credential_spec", service.CredentialSpec is { } spec
            ? OutputValues.Always(("config", spec.Config), ("file", spec.File), ("registry", spec.Registry))
            : null),
        ("ipc", service.Ipc),
        ("pid", service.Pid),
        ("uts", service.Uts),
        ("cgroup", service.Cgroup),
        ("cgroup_parent", service.CgroupParent),
        ("isolation", service.Isolation),
        ("runtime", service.Runtime),
        ("use_api_socket", OutputValues.Flag(service.UseApiSocket)),
    ];

    /// <summary>
    /// A service's secret, with the default target filled as compose-go's defaults do (<c>/run/secrets/SOURCE</c>).
    /// Configs and build secrets get none there, so none here either. The model keeps a short entry's target unset.
    /// </summary>
    private static OrderedMap Secret(ServiceFileReference reference) =>
        FileReference(reference.Target is null ? reference with { Target = $"/run/secrets/{reference.Source}" } : reference);

    public static OrderedMap FileReference(ServiceFileReference reference) => OutputValues.Always(
        ("source", reference.Source),
        ("target", reference.Target),
        ("uid", reference.Uid),
        ("gid", reference.Gid),
        ("mode", OutputValues.FileMode(reference.Mode)));
}
