namespace Compose.Runtime.Native.State;

/// <summary>
/// Serializes the changes two composectl processes make to one group (project): the first change this process
/// makes takes the group's file lock and the last one to finish releases it, so the steps one process runs in
/// parallel share it while another process waits for the lock between them. A crashed holder's lock is released by
/// the kernel (see <see cref="FileLock"/>).
/// </summary>
internal sealed class GroupLocks(NativeRoot root)
{
    private readonly Dictionary<string, Holder> _holders = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IAsyncDisposable> AcquireAsync(string group, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_holders.TryGetValue(group, out var holder))
            {
                var fileLock = await FileLock.AcquireAsync(PathOf(group), cancellationToken).ConfigureAwait(false);
                holder = new Holder(fileLock);
                _holders[group] = holder;
            }

            holder.Count++;
            return new Release(this, group);
        }
        finally
        {
            _gate.Release();
        }
    }

    private string PathOf(string group) => Path.Combine(root.Locks, $"group-{group}.lock");

    /// <summary>
    /// Deletes the group's lock file while the caller holds the lock, when no other step of this process holds it
    /// too (one that did would go on unserialized against a process that takes the new file); whoever waits for the
    /// old file lets it go once it has it (see <see cref="FileLock"/>). True when deleted.
    /// </summary>
    public async Task<bool> DeleteIfSoleHolderAsync(string group, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_holders.TryGetValue(group, out var holder) || holder.Count != 1)
            {
                return false;
            }

            File.Delete(PathOf(group));
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async ValueTask ReleaseAsync(string group)
    {
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            var holder = _holders[group];
            if (--holder.Count == 0)
            {
                holder.Lock.Dispose();
                _holders.Remove(group);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class Holder(FileLock fileLock)
    {
        public FileLock Lock { get; } = fileLock;
        public int Count { get; set; }
    }

    private sealed class Release(GroupLocks owner, string group) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync() =>
            Interlocked.Exchange(ref _released, 1) == 0 ? owner.ReleaseAsync(group) : ValueTask.CompletedTask;
    }
}
