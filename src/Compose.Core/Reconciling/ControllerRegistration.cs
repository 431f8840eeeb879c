using Compose.Errors;
using Compose.Locking;

namespace Compose.Reconciling;

/// <summary>
/// A running controller keeps its project's controller file locked for its whole life: a second controller for the
/// same project refuses to start, and <c>ps</c> / <c>reconcile status</c> can tell a live controller's status file
/// from one a dead controller left behind (the kernel drops the lock with the process).
/// </summary>
public sealed class ControllerRegistration : IDisposable
{
    private readonly FileStream _held;

    private ControllerRegistration(FileStream held) => _held = held;

    /// <exception cref="ComposeException">Another controller runs for the project.</exception>
    public static async Task<ControllerRegistration> TakeAsync(ProjectStateFiles files, TimeProvider time, CancellationToken cancellationToken)
    {
        files.EnsureDirectory();
        // A ps probing the file holds it for an instant: try a few times before concluding that a controller runs.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (FileLock.TryAcquire(files.ControllerFile) is { } held)
            {
                return new ControllerRegistration(held);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken).ConfigureAwait(false);
        }

        var pid = StatusFile.Read(files.StatusFile)?.Pid;
        throw new ComposeException(
            $"a reconcile controller already runs for project {files.Project}{(pid is { } p ? $" (pid {p})" : "")}; " +
            "stop it first (Ctrl+C, or 'systemctl stop' for an installed one), or see what it does with 'composectl reconcile status'.");
    }

    /// <summary>Whether a controller runs for the project now.</summary>
    public static bool IsRunning(ProjectStateFiles files) => FileLock.IsHeld(files.ControllerFile);

    public void Dispose() => _held.Dispose();
}
