namespace Compose.Runtime.Native.State;

/// <summary>
/// An exclusive lock on a file (flock underneath, as .NET takes it for <see cref="FileShare.None"/> on Unix): the
/// kernel releases it when its holder dies, so a crashed composectl never leaves a project locked. Waits by
/// retrying, since the lock is taken without blocking. A project's lock files are deleted with the project's last
/// resource, so a lock taken on a file that was unlinked meanwhile (opened before the deletion, locked after it) is
/// let go and taken again on the file now at the path: otherwise two processes could each hold "the" lock.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(10);
    private readonly FileStream _stream;
    private Func<bool>? _deleteOnRelease;

    private FileLock(FileStream stream) => _stream = stream;

    /// <summary>
    /// Waits for the lock. <paramref name="deleteOnRelease"/>, asked at release, says whether the file should go (what
    /// it locks is gone): deleted while still held, so whoever waits for it takes the lock on a new file.
    /// </summary>
    public static async Task<FileLock> AcquireAsync(string path, CancellationToken cancellationToken, Func<bool>? deleteOnRelease = null)
    {
        while (true)
        {
            if (TryAcquire(path) is { } acquired)
            {
                acquired._deleteOnRelease = deleteOnRelease;
                return acquired;
            }

            cancellationToken.ThrowIfCancellationRequested();
            await Task.Delay(RetryDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The lock, or null when another process holds it.</summary>
    public static FileLock? TryAcquire(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        while (true)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return null;
            }

            if (!IsUnlinked(stream))
            {
                return new FileLock(stream);
            }

            stream.Dispose();
        }
    }

    /// <summary>Whether another process holds the lock; a missing file is no holder (and the probe does not create it).</summary>
    public static bool IsHeld(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    /// <summary>The kernel names an open file whose last link is gone "PATH (deleted)" in /proc/self/fd.</summary>
    private static bool IsUnlinked(FileStream stream)
    {
        var link = new FileInfo($"/proc/self/fd/{stream.SafeFileHandle.DangerousGetHandle()}").LinkTarget;
        return link is null || link.EndsWith(" (deleted)", StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (_deleteOnRelease?.Invoke() == true)
        {
            File.Delete(_stream.Name);
        }

        _stream.Dispose();
    }
}
