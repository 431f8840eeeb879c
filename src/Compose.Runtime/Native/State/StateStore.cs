using System.Collections.Immutable;

namespace Compose.Runtime.Native.State;

/// <summary>
/// The records of the state directory: one folder per container (record, status, execs, bundle, logs), network
/// and volume. Names are unique through an index of symbolic links created atomically (<c>names/NAME → id</c>).
/// </summary>
internal sealed class StateStore(NativeRoot root)
{
    public NativeRoot Root { get; } = root;

    public string ContainerDirectory(string id) => Path.Combine(Root.Containers, id);
    private string RecordPath(string id) => Path.Combine(ContainerDirectory(id), "container.json");
    private string StatusPath(string id) => Path.Combine(ContainerDirectory(id), "status.json");
    private string StatusLockPath(string id) => Path.Combine(Root.Locks, "containers", id + ".lock");
    private string NamesDirectory => Path.Combine(Root.StateDirectory, "names");
    public string NetworkDirectory(string id) => Path.Combine(Root.Networks, id);
    public string VolumeDirectory(string name) => Path.Combine(Root.Volumes, name);

    public Task WriteContainerAsync(ContainerRecord record, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(RecordPath(record.Id), record, NativeStateJsonContext.Default.ContainerRecord, cancellationToken);

    public Task<ContainerRecord?> ReadContainerAsync(string id, CancellationToken cancellationToken) =>
        AtomicFile.ReadAsync(RecordPath(id), NativeStateJsonContext.Default.ContainerRecord, cancellationToken);

    public async Task<ContainerStatusRecord> ReadStatusAsync(string id, CancellationToken cancellationToken) =>
        await AtomicFile.ReadAsync(StatusPath(id), NativeStateJsonContext.Default.ContainerStatusRecord, cancellationToken).ConfigureAwait(false)
        ?? ContainerStatusRecord.New;

    /// <summary>Changes a container's status under its lock (commands and the supervisor both write it).</summary>
    public async Task<ContainerStatusRecord> UpdateStatusAsync(string id, Func<ContainerStatusRecord, ContainerStatusRecord> change, CancellationToken cancellationToken)
    {
        using var hold = await LockContainerAsync(id, cancellationToken).ConfigureAwait(false);
        return await UpdateStatusLockedAsync(id, change, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As <see cref="UpdateStatusAsync"/>, for a caller that already holds <see cref="LockContainerAsync"/>.</summary>
    public async Task<ContainerStatusRecord> UpdateStatusLockedAsync(string id, Func<ContainerStatusRecord, ContainerStatusRecord> change, CancellationToken cancellationToken)
    {
        var next = change(await ReadStatusAsync(id, cancellationToken).ConfigureAwait(false));
        await AtomicFile.WriteAsync(StatusPath(id), next, NativeStateJsonContext.Default.ContainerStatusRecord, cancellationToken).ConfigureAwait(false);
        return next;
    }

    /// <summary>The lock a start, stop or removal of the container holds throughout (so a supervisor's restart and a command's stop never interleave).</summary>
    /// <remarks>The lock file goes at release when the container is gone by then (a removal, or a late lock of a removed one).</remarks>
    public Task<FileLock> LockContainerAsync(string id, CancellationToken cancellationToken) =>
        FileLock.AcquireAsync(StatusLockPath(id), cancellationToken, () => !ContainerExists(id));

    /// <summary>Whether the container's folder exists (a create under way counts: its address must not be taken back).</summary>
    public bool ContainerExists(string id) => Directory.Exists(ContainerDirectory(id));

    public void DeleteContainerLock(string id) => File.Delete(StatusLockPath(id));

    /// <summary>Every container id with a complete record (a folder without one is a create that was cut short).</summary>
    public ImmutableArray<string> ContainerIds() =>
        Directory.Exists(Root.Containers)
            ? [.. Directory.EnumerateDirectories(Root.Containers).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];

    /// <summary>Claims a name for a container; false when another container has it.</summary>
    public bool TryClaimName(string name, string id)
    {
        Directory.CreateDirectory(NamesDirectory);
        try
        {
            File.CreateSymbolicLink(Path.Combine(NamesDirectory, name), id);
            return true;
        }
        catch (IOException) when (File.Exists(Path.Combine(NamesDirectory, name)) || IsLink(name))
        {
            return false;
        }
    }

    /// <summary>The id a name is claimed by, or null.</summary>
    public string? ResolveName(string name)
    {
        var info = new FileInfo(Path.Combine(NamesDirectory, name));
        return info.LinkTarget;
    }

    public void ReleaseName(string name, string id)
    {
        if (ResolveName(name) == id)
        {
            File.Delete(Path.Combine(NamesDirectory, name));
        }
    }

    /// <summary>The name claimed by a container id (for remains that have no record to say it).</summary>
    public string? NameOf(string id) =>
        Directory.Exists(NamesDirectory)
            ? Directory.EnumerateFileSystemEntries(NamesDirectory).FirstOrDefault(p => new FileInfo(p).LinkTarget == id) is { } path ? Path.GetFileName(path) : null
            : null;

    private bool IsLink(string name) => new FileInfo(Path.Combine(NamesDirectory, name)).LinkTarget is not null;

    public Task WriteNetworkAsync(NetworkRecord record, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(Path.Combine(NetworkDirectory(record.Id), "network.json"), record, NativeStateJsonContext.Default.NetworkRecord, cancellationToken);

    public Task<NetworkRecord?> ReadNetworkAsync(string id, CancellationToken cancellationToken) =>
        AtomicFile.ReadAsync(Path.Combine(NetworkDirectory(id), "network.json"), NativeStateJsonContext.Default.NetworkRecord, cancellationToken);

    public async Task<ImmutableArray<NetworkRecord>> ReadNetworksAsync(CancellationToken cancellationToken) =>
        await ReadAllAsync(Root.Networks, ReadNetworkAsync, cancellationToken).ConfigureAwait(false);

    public Task WriteVolumeAsync(VolumeRecord record, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(Path.Combine(VolumeDirectory(record.Name), "volume.json"), record, NativeStateJsonContext.Default.VolumeRecord, cancellationToken);

    public Task<VolumeRecord?> ReadVolumeAsync(string name, CancellationToken cancellationToken) =>
        AtomicFile.ReadAsync(Path.Combine(VolumeDirectory(name), "volume.json"), NativeStateJsonContext.Default.VolumeRecord, cancellationToken);

    public async Task<ImmutableArray<VolumeRecord>> ReadVolumesAsync(CancellationToken cancellationToken) =>
        await ReadAllAsync(Root.Volumes, ReadVolumeAsync, cancellationToken).ConfigureAwait(false);

    public string ExecPath(string containerId, string execId) => Path.Combine(ContainerDirectory(containerId), "execs", execId + ".json");

    public Task WriteExecAsync(ExecRecord record, CancellationToken cancellationToken) =>
        AtomicFile.WriteAsync(ExecPath(record.ContainerId, record.Id), record, NativeStateJsonContext.Default.ExecRecord, cancellationToken);

    private static async Task<ImmutableArray<T>> ReadAllAsync<T>(string directory, Func<string, CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var names = Directory.EnumerateDirectories(directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
        var records = await Task.WhenAll(names.Select(n => read(n, cancellationToken))).ConfigureAwait(false);
        return [.. records.OfType<T>()];
    }
}
