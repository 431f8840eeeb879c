using Compose.Model;

namespace Compose.Output;

/// <summary>A service mount in long syntax, as docker compose prints every volume entry.</summary>
internal static class MountDocument
{
    public static object? From(ServiceMount mount) => OutputValues.Always(
        ("type", mount.Type),
        ("source", mount.Source),
        ("target", mount.Target),
        ("read_only", OutputValues.Flag(mount.ReadOnly)),
        ("consistency", mount.Consistency),
        ("bind", mount.BindOptions is { } bind ? OutputValues.Always(
            ("propagation", bind.Propagation),
            ("create_host_path", bind.CreateHostPath),
            ("selinux", bind.Selinux),
            ("recursive", bind.Recursive)) : null),
        ("volume", mount.VolumeOptions is { } volume ? OutputValues.Always(
            ("nocopy", OutputValues.Flag(volume.NoCopy)),
            ("subpath", volume.Subpath),
            ("labels", OutputValues.Map(volume.Labels))) : null),
        ("tmpfs", mount.TmpfsOptions is { } tmpfs ? OutputValues.Always(
            ("size", OutputValues.Bytes(tmpfs.Size)),
            ("mode", OutputValues.FileMode(tmpfs.Mode))) : null),
        ("image", mount.ImageOptions is { } image ? OutputValues.Always(("subpath", image.Subpath)) : null));
}
