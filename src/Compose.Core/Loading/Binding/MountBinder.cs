using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>
/// One service <c>volumes:</c> entry in long syntax: short strings parsed by <see cref="VolumeSyntax"/>; bind
/// sources made absolute against the project directory (<c>~</c> is the home directory).
/// </summary>
public sealed class MountBinder(BindingContext context)
{
    private static readonly HashSet<string> Types =
        [ServiceMount.Bind, ServiceMount.Volume, ServiceMount.Tmpfs, ServiceMount.Npipe, ServiceMount.Cluster, ServiceMount.Image];

    public ServiceMount Bind(Node item, string path)
    {
        var mount = item is MappingNode ? Long(MappingReader.Open(item, path, SpecKeys.Mount)) : Short(item, path);
        if (!context.IsTemplate(mount.Target) && !mount.Target.StartsWith('/') && !PathSyntax.IsWindowsPath(mount.Target))
        {
            throw new ComposeFileException(item.Location, path, $"the container path '{mount.Target}' must be absolute (start with /).");
        }

        // A trailing slash names the same path; without it, the same target written two ways is one mount.
        if (mount.Target.Length > 1 && mount.Target.EndsWith('/'))
        {
            mount = mount with { Target = mount.Target.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/" };
        }

        return mount.Type == ServiceMount.Bind && mount.Source is { } source
            ? mount with { Source = PathSyntax.Resolve(source, context, item, path) }
            : mount;
    }

    private static ServiceMount Short(Node item, string path)
    {
        var text = NodeReader.String(item, path);
        try
        {
            return VolumeSyntax.Parse(text);
        }
        catch (FormatException e)
        {
            throw new ComposeFileException(item.Location, path, $"'{text}' is not a valid volume: {e.Message}.");
        }
    }

    private static ServiceMount Long(MappingReader mount)
    {
        var type = NodeReader.String(mount.Required("type"), mount.PathOf("type"));
        if (!Types.Contains(type))
        {
            throw new ComposeFileException(mount.Get("type")!.Location, mount.PathOf("type"),
                $"'{type}' is not a mount type; use bind, volume, tmpfs, image, npipe or cluster.");
        }

        return new ServiceMount
        {
            Type = type,
            Source = mount.String("source"),
            Target = mount.String("target") ?? throw new ComposeFileException(mount.Node.Location, mount.Path, "a mount needs a target (the path in the container)."),
            ReadOnly = mount.Flag("read_only"),
            Consistency = mount.String("consistency"),
            BindOptions = mount.Object("bind", BindOptions),
            VolumeOptions = mount.Object("volume", VolumeOptions),
            TmpfsOptions = mount.Object("tmpfs", TmpfsOptions),
            ImageOptions = mount.Object("image", (node, path) => new MountImageOptions { Subpath = MappingReader.Open(node, path, SpecKeys.MountImage).String("subpath") }),
        };
    }

    private static MountBindOptions BindOptions(Node node, string path)
    {
        var bind = MappingReader.Open(node, path, SpecKeys.MountBind);
        var selinux = bind.String("selinux");
        var recursive = bind.String("recursive");
        if (selinux is not (null or "z" or "Z"))
        {
            throw new ComposeFileException(bind.Get("selinux")!.Location, bind.PathOf("selinux"), $"'{selinux}' is not an SELinux option; use z or Z.");
        }

        if (recursive is not (null or "enabled" or "disabled" or "writable" or "readonly"))
        {
            throw new ComposeFileException(bind.Get("recursive")!.Location, bind.PathOf("recursive"),
                $"'{recursive}' is not a recursive mode; use enabled, disabled, writable or readonly.");
        }

        return new MountBindOptions { Propagation = bind.String("propagation"), CreateHostPath = bind.Bool("create_host_path"), Selinux = selinux, Recursive = recursive };
    }

    private static MountVolumeOptions VolumeOptions(Node node, string path)
    {
        var volume = MappingReader.Open(node, path, SpecKeys.MountVolume);
        return new MountVolumeOptions { NoCopy = volume.Flag("nocopy"), Subpath = volume.String("subpath"), Labels = volume.Map("labels") };
    }

    private static MountTmpfsOptions TmpfsOptions(Node node, string path)
    {
        var tmpfs = MappingReader.Open(node, path, SpecKeys.MountTmpfs);
        return new MountTmpfsOptions { Size = tmpfs.Bytes("size"), Mode = tmpfs.Value("mode", NodeReader.OctalMode) };
    }
}
