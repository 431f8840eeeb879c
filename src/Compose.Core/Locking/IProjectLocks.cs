namespace Compose.Locking;

/// <summary>
/// Serializes the verbs that change a project: every one holds its project's lock from its observation to its last
/// engine call, so two runs never plan from the same state (two <c>up -d</c> at once: one waits for the other).
/// </summary>
public interface IProjectLocks
{
    /// <summary>Waits (cancellably) until the lock is free and takes it; dispose the handle to release it.</summary>
    Task<IAsyncDisposable> AcquireAsync(LockRequest request, CancellationToken cancellationToken);
}
