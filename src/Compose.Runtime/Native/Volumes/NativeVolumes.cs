using System.Collections.Immutable;
using Compose.Runtime.Errors;
using Compose.Runtime.Native.State;

namespace Compose.Runtime.Native.Volumes;

/// <summary>Local volumes: a directory each (<c>volumes/NAME/_data</c>) with a record of its labels.</summary>
internal sealed class NativeVolumes(StateStore store, TimeProvider time)
{
    public string DataPath(string name) => Path.Combine(store.VolumeDirectory(name), "_data");

    public async Task<VolumeRecord> CreateAsync(VolumeCreateSpec spec, CancellationToken cancellationToken)
    {
        if (spec.Driver is not ("local" or ""))
        {
            throw new ContainerRuntimeException("create volume", spec.Name, $"volume driver '{spec.Driver}' is not supported by the native runtime (only local); use --runtime docker");
        }

        if (spec.Options.Count > 0)
        {
            throw new ContainerRuntimeException("create volume", spec.Name, "driver_opts (local volumes mounted from devices or NFS) are not supported by the native runtime yet; use --runtime docker");
        }

        if (await store.ReadVolumeAsync(spec.Name, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            // As the engine: creating an existing volume returns it.
            return existing;
        }

        Directory.CreateDirectory(DataPath(spec.Name));
        var record = new VolumeRecord { Name = spec.Name, Created = time.GetUtcNow(), Labels = spec.Labels, Options = spec.Options };
        await store.WriteVolumeAsync(record, cancellationToken).ConfigureAwait(false);
        return record;
    }

    public Task<VolumeRecord?> FindAsync(string name, CancellationToken cancellationToken) => store.ReadVolumeAsync(name, cancellationToken);

    public Task<ImmutableArray<VolumeRecord>> ListAsync(CancellationToken cancellationToken) => store.ReadVolumesAsync(cancellationToken);

    public async Task RemoveAsync(string name, IEnumerable<ContainerRecord> containers, CancellationToken cancellationToken)
    {
        if (await store.ReadVolumeAsync(name, cancellationToken).ConfigureAwait(false) is null)
        {
            throw new ResourceNotFoundException("remove volume", name, $"no such volume: {name}");
        }

        var users = containers.Where(c => c.Mounts.Any(m => m.Type == MountType.Volume && m.Name == name)).Select(c => c.Name).ToList();
        if (users.Count > 0)
        {
            throw new ResourceConflictException("remove volume", name, $"volume is in use by {string.Join(", ", users)}");
        }

        Directory.Delete(store.VolumeDirectory(name), recursive: true);
    }

    public static VolumeInfo ToInfo(VolumeRecord record, string dataPath) => new()
    {
        Name = record.Name,
        Driver = record.Driver,
        Mountpoint = dataPath,
        Labels = record.Labels,
        Options = record.Options,
    };
}
