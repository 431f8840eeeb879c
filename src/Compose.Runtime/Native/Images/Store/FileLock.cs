using Compose.Runtime.Native.Images.Layers;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>
/// An advisory <c>flock(2)</c> lock on a file, shared or exclusive, held until disposed; it dies with the process,
/// so a killed composectl never leaves the store locked. Waiting polls (non-blocking attempts with a growing pause)
/// so it stays cancellable.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private int _descriptor;

    private FileLock(int descriptor) => _descriptor = descriptor;

    public static async Task<FileLock> AcquireAsync(string path, bool exclusive, TimeProvider time, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var descriptor = Posix.Open(path, Posix.OpenReadWrite | Posix.OpenCreate | Posix.OpenCloseOnExec, 0b110_100_100);
        Posix.Check(descriptor, "open", path);
        var operation = (exclusive ? Posix.LockExclusive : Posix.LockShared) | Posix.LockNonBlocking;
        var pause = TimeSpan.FromMilliseconds(5);
        try
        {
            while (Posix.Flock(descriptor, operation) < 0)
            {
                if (Posix.LastError != Posix.ErrWouldBlock)
                {
                    Posix.Check(-1, "flock", path);
                }

                await Task.Delay(pause, time, cancellationToken).ConfigureAwait(false);
                pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 100));
            }
        }
        catch
        {
            Posix.Close(descriptor);
            throw;
        }

        return new FileLock(descriptor);
    }

    public void Dispose()
    {
        var descriptor = Interlocked.Exchange(ref _descriptor, -1);
        if (descriptor >= 0)
        {
            Posix.Close(descriptor);
        }
    }
}
