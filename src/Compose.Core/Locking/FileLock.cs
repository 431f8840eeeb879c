namespace Compose.Locking;

/// <summary>
/// An exclusive advisory lock on a file, as .NET takes it on Unix for <see cref="FileShare.None"/>: <c>flock(LOCK_EX |
/// LOCK_NB)</c> on the open file. The kernel drops it when the holder's process ends however it ends (a crash, a
/// SIGKILL), so a dead holder never wedges the project; the file itself stays (deleting lock files races).
/// </summary>
internal static class FileLock
{
    /// <summary>The open, locked file; null when another process holds the lock.</summary>
    public static FileStream? TryAcquire(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            // EWOULDBLOCK surfaces as a sharing violation: someone holds it.
            return null;
        }
    }

    /// <summary>Whether some process holds the lock now (tried and released at once).</summary>
    public static bool IsHeld(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var probe = TryAcquire(path);
        return probe is null;
    }
}
