using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Containers;

/// <summary>
/// Removes what a container leaves on the host: its network namespace and netavark's part, runc's state, the root
/// overlay mount and upper directory, its addresses, its name, its folders, and (when asked) its anonymous volumes.
/// Also removes the remains of creates that were killed before they finished.
/// </summary>
internal sealed class ContainerCollector(NativeServices services, ContainerNetwork network)
{
    public async Task RemoveFilesAsync(ContainerRecord record, bool anonymousVolumes, CancellationToken cancellationToken)
    {
        await network.CleanUpAsync(record, cancellationToken).ConfigureAwait(false);
        await services.Runc.DeleteAsync(record.Id, cancellationToken).ConfigureAwait(false);
        await CollectAsync(record.Id, record.Name, cancellationToken).ConfigureAwait(false);
        foreach (var endpoint in record.Networks)
        {
            services.Addresses.Release(endpoint.NetworkId, endpoint.IPv4Address, record.Id);
        }

        if (anonymousVolumes)
        {
            foreach (var volume in record.AnonymousVolumes)
            {
                var path = services.Store.VolumeDirectory(volume);
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
        }
    }

    /// <summary>Unmounts the root and deletes the container's folders and name (what a create made before it could write a record).</summary>
    public async Task CollectAsync(string id, string name, CancellationToken cancellationToken)
    {
        var paths = services.Paths(id);
        if (Directory.Exists(paths.Directory))
        {
            await services.Images.UnmountRootfsAsync(paths.Directory, cancellationToken).ConfigureAwait(false);
            await services.Namespaces.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
            Directory.Delete(paths.Directory, recursive: true);
        }

        if (Directory.Exists(paths.Run))
        {
            Directory.Delete(paths.Run, recursive: true);
        }

        // conmon's link to the container's attach socket, dangling once the container's folder is gone.
        var socketLink = new FileInfo(Path.Combine(paths.Sockets, id));
        if (socketLink.LinkTarget is not null || socketLink.Exists)
        {
            socketLink.Delete();
        }

        if (File.Exists(paths.ExitFile))
        {
            File.Delete(paths.ExitFile);
        }
        services.Store.ReleaseName(name, id);
    }

    /// <summary>Removes a container whose create was killed (its marker names a process that is gone); false when it is a real container or a create still under way.</summary>
    public async Task<bool> CollectIfAbandonedAsync(string id, CancellationToken cancellationToken)
    {
        var directory = services.Store.ContainerDirectory(id);
        var abandoned = !Directory.Exists(directory) || CreatingMarker.IsAbandoned(directory);
        if (!abandoned)
        {
            return false;
        }

        var record = await services.Store.ReadContainerAsync(id, cancellationToken).ConfigureAwait(false);
        if (record is not null)
        {
            await RemoveFilesAsync(record, anonymousVolumes: true, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await CollectAsync(id, services.Store.NameOf(id) ?? "", cancellationToken).ConfigureAwait(false);
            ReleaseAddresses(id);
        }

        // The lock the killed create took: nothing locks a container that is gone, and a removal deletes it the same way.
        services.Store.DeleteContainerLock(id);
        return true;
    }

    private void ReleaseAddresses(string id)
    {
        if (!Directory.Exists(services.Root.Networks))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(services.Root.Networks, "*", SearchOption.AllDirectories)
                     .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "ips"))
        {
            if (File.ReadAllText(file).Trim() == id)
            {
                File.Delete(file);
            }
        }
    }
}
