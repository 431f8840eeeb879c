using System.Collections.Immutable;
using System.Text.Json;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.Bundles;
using Compose.Runtime.Native.Images;
using Compose.Runtime.Native.Networking;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>
/// Creates a container: claims its name, mounts its root (overlay of the image's layers and its own upper
/// directory), resolves user, mounts and addresses, and writes its bundle and records. A marker file says the
/// create is under way; a create killed before the end leaves one, and <see cref="ContainerCollector"/> removes
/// such remains.
/// </summary>
internal sealed class ContainerCreator(NativeServices services, ContainerCollector collector)
{
    public async Task<string> CreateAsync(ContainerCreateSpec spec, CancellationToken cancellationToken)
    {
        NativeSpecCheck.Validate(spec);
        var image = await services.Images.FindAsync(spec.Image, cancellationToken).ConfigureAwait(false)
            ?? throw new ImageNotFoundException("create container", spec.Image, $"No such image: {spec.Image}");
        var group = ContainerGroups.Of(spec.Labels);
        await using var groupLock = await services.GroupLocks.AcquireAsync(group, cancellationToken).ConfigureAwait(false);
        var id = NativeIds.New();
        await ClaimNameAsync(spec.Name, id, cancellationToken).ConfigureAwait(false);
        var paths = services.Paths(id);
        try
        {
            Directory.CreateDirectory(paths.Directory);
            await File.WriteAllTextAsync(CreatingMarker.PathIn(paths.Directory), CreatingMarker.ForThisProcess(), cancellationToken).ConfigureAwait(false);
            var record = await BuildAsync(spec, image, id, group, paths, cancellationToken).ConfigureAwait(false);
            await services.Store.WriteContainerAsync(record, cancellationToken).ConfigureAwait(false);
            await services.Store.UpdateStatusAsync(id, _ => ContainerStatusRecord.New, cancellationToken).ConfigureAwait(false);
            File.Delete(CreatingMarker.PathIn(paths.Directory));
            await services.Events.AppendAsync(group, "container", "create", id, ContainerEvents.Attributes(record), cancellationToken).ConfigureAwait(false);
            return id;
        }
        catch
        {
            await collector.CollectAsync(id, spec.Name, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private async Task ClaimNameAsync(string name, string id, CancellationToken cancellationToken)
    {
        if (services.Store.TryClaimName(name, id))
        {
            return;
        }

        // The name may be held by the remains of a create that was killed: take it back once.
        if (services.Store.ResolveName(name) is { } holder && await collector.CollectIfAbandonedAsync(holder, cancellationToken).ConfigureAwait(false)
            && services.Store.TryClaimName(name, id))
        {
            return;
        }

        var other = services.Store.ResolveName(name) ?? "another container";
        throw new ResourceConflictException("create container", name,
            $"Conflict. The container name \"/{name}\" is already in use by container \"{other}\". You have to remove (or rename) that container to be able to reuse that name.");
    }

    private async Task<ContainerRecord> BuildAsync(ContainerCreateSpec spec, NativeImage image, string id, string group, ContainerPaths paths, CancellationToken cancellationToken)
    {
        var rootfs = await services.Images.MountRootfsAsync(image, paths.Directory, cancellationToken).ConfigureAwait(false);
        var user = UserResolver.Resolve(spec.User ?? image.Config.User, spec.GroupAdd,
            ReadImageFile(rootfs, "etc/passwd"), ReadImageFile(rootfs, "etc/group"));
        var mounts = await services.Mounts.ResolveAsync(spec, image.Config.Volumes, rootfs, cancellationToken).ConfigureAwait(false);
        var devices = ImmutableArray.CreateBuilder<ResolvedDevice>();
        foreach (var device in spec.Devices)
        {
            devices.Add(await services.Devices.ResolveAsync(spec.Name, device, cancellationToken).ConfigureAwait(false));
        }

        var networking = await ContainerNetworking.PlanAsync(services, spec, id, cancellationToken).ConfigureAwait(false);
        var hostname = spec.NetworkMode == "host" ? System.Net.Dns.GetHostName() : spec.Hostname ?? id[..12];
        await HostFileWriter.WriteAsync(spec, paths, hostname, networking, cancellationToken).ConfigureAwait(false);
        var context = new BundleContext
        {
            Id = id,
            RootfsPath = rootfs,
            Image = image.Config,
            User = user,
            NetworkNamespacePath = networking.NamespacePath,
            Hostname = hostname,
            Mounts = mounts.Mounts,
            Devices = devices.ToImmutable(),
            HostsFile = networking.SharesFilesOf is null ? paths.Hosts : services.Paths(networking.SharesFilesOf).Hosts,
            ResolvConfFile = networking.SharesFilesOf is null ? paths.ResolvConf : services.Paths(networking.SharesFilesOf).ResolvConf,
            HostnameFile = networking.SharesFilesOf is null ? paths.Hostname : null,
            InitPath = spec.Init == true ? services.Tools.Catatonit : null,
        };
        var oci = OciSpecBuilder.Build(spec, context);
        Directory.CreateDirectory(paths.Bundle);
        await File.WriteAllTextAsync(paths.Config, JsonSerializer.Serialize(oci, OciSpecJsonContext.Default.OciSpec), cancellationToken).ConfigureAwait(false);
        var (entrypoint, command) = ProcessCommand.Resolve(spec, image.Config);
        return new ContainerRecord
        {
            Id = id,
            Name = spec.Name,
            Group = group,
            Image = spec.Image,
            RootfsPath = rootfs,
            ImageId = image.Id,
            Created = services.Time.GetUtcNow(),
            Labels = image.Config.Labels.SetItems(spec.Labels),
            Entrypoint = entrypoint,
            Command = command,
            Environment = [.. oci.Process.Env],
            WorkingDirectory = oci.Process.Cwd,
            User = spec.User ?? image.Config.User,
            Hostname = hostname,
            Tty = spec.Tty,
            OpenStdin = spec.OpenStdin,
            StopSignal = spec.StopSignal ?? image.Config.StopSignal ?? "SIGTERM",
            StopTimeoutSeconds = (int)(spec.StopTimeout ?? TimeSpan.FromSeconds(10)).TotalSeconds,
            HealthCheck = HealthCheckMerge.Effective(spec.HealthCheck, image.Config.Healthcheck),
            RestartPolicy = spec.RestartPolicy,
            AutoRemove = spec.AutoRemove,
            NetworkMode = networking.Mode,
            Networks = networking.Endpoints,
            Ports = Networking.HostPortPicker.Resolve(spec.Ports),
            Mounts = mounts.Infos,
            AnonymousVolumes = mounts.AnonymousVolumes,
        };
    }

    private static string ReadImageFile(string rootfs, string path)
    {
        var file = Path.Combine(rootfs, path);
        return File.Exists(file) ? File.ReadAllText(file) : "";
    }
}
