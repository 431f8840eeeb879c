using System.Collections.Immutable;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Bundles;
using Compose.Runtime.Native.Processes;
using Compose.Runtime.Native.State;
using Compose.Runtime.Native.Volumes;

namespace Compose.Runtime.Native.Containers;

/// <summary>
/// Gives each of a container's mounts its host source: bind paths (created when asked), volume directories (a
/// named volume is created when missing, as the engine does; anonymous ones get a random name), and an anonymous
/// volume for each path the image declares as a volume that no mount covers. A new volume is filled with what the
/// image has at its target, unless <c>nocopy</c>.
/// </summary>
internal sealed class MountResolver(NativeVolumes volumes, ToolRunner runner)
{
    public sealed record Result(ImmutableArray<ResolvedMount> Mounts, ImmutableArray<MountInfo> Infos, ImmutableArray<string> AnonymousVolumes);

    public async Task<Result> ResolveAsync(ContainerCreateSpec spec, IEnumerable<string> imageVolumes, string rootfs, CancellationToken cancellationToken)
    {
        var mounts = new List<ResolvedMount>();
        var infos = new List<MountInfo>();
        var anonymous = new List<string>();
        var all = spec.Mounts.Concat(imageVolumes
            .Where(path => spec.Mounts.All(m => m.Target != path) && !spec.Tmpfs.ContainsKey(path))
            .Select(path => new MountSpec { Type = MountType.Volume, Target = path }));
        foreach (var mount in all)
        {
            switch (mount.Type)
            {
                case MountType.Bind:
                    var source = Bind(spec, mount);
                    mounts.Add(new ResolvedMount(mount, source));
                    infos.Add(new MountInfo(MountType.Bind, null, source, mount.Target, !mount.ReadOnly));
                    break;
                case MountType.Volume:
                    var name = mount.Source is { Length: > 0 } named ? named : NativeIds.New();
                    if (mount.Source is not { Length: > 0 })
                    {
                        anonymous.Add(name);
                    }

                    var data = await VolumeAsync(name, mount, rootfs, cancellationToken).ConfigureAwait(false);
                    mounts.Add(new ResolvedMount(mount, data));
                    infos.Add(new MountInfo(MountType.Volume, name, data, mount.Target, !mount.ReadOnly, "local"));
                    break;
                case MountType.Tmpfs:
                    mounts.Add(new ResolvedMount(mount, null));
                    infos.Add(new MountInfo(MountType.Tmpfs, null, null, mount.Target, !mount.ReadOnly));
                    break;
            }
        }

        return new Result([.. mounts], [.. infos], [.. anonymous]);
    }

    private static string Bind(ContainerCreateSpec spec, MountSpec mount)
    {
        var source = mount.Source ?? throw new ContainerRuntimeException("create container", spec.Name, $"the bind mount at {mount.Target} has no source path");
        if (!Path.Exists(source))
        {
            if (!mount.BindCreateHostPath)
            {
                throw new ContainerRuntimeException("create container", spec.Name, $"bind source path does not exist: {source}");
            }

            Directory.CreateDirectory(source);
        }

        return source;
    }

    private async Task<string> VolumeAsync(string name, MountSpec mount, string rootfs, CancellationToken cancellationToken)
    {
        var existed = await volumes.FindAsync(name, cancellationToken).ConfigureAwait(false) is not null;
        if (!existed)
        {
            await volumes.CreateAsync(new VolumeCreateSpec { Name = name, Labels = mount.VolumeLabels }, cancellationToken).ConfigureAwait(false);
        }

        var data = volumes.DataPath(name);
        var imageContent = Path.Join(rootfs, mount.Target);
        if (!mount.VolumeNoCopy && Directory.Exists(imageContent) && !Directory.EnumerateFileSystemEntries(data).Any()
            && Directory.EnumerateFileSystemEntries(imageContent).Any())
        {
            await runner.RunAsync(new ToolCall("copy image content into volume", name, "/bin/cp", ["-a", imageContent + "/.", data + "/"]), cancellationToken).ConfigureAwait(false);
        }

        return data;
    }
}
