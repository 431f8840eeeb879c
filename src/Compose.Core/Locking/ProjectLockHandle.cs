namespace Compose.Locking;

/// <summary>A held project lock; disposing it clears the holder's name and releases the flock.</summary>
internal sealed class ProjectLockHandle(ProjectStateFiles files, FileStream held) : IAsyncDisposable
{
    private int _released;

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            try
            {
                // Only the holder writes it, so it is ours to clear (before the flock goes, so no later holder's is lost).
                File.Delete(files.HolderFile);
            }
            catch (IOException)
            {
            }
            finally
            {
                held.Dispose();
            }
        }

        return ValueTask.CompletedTask;
    }
}
