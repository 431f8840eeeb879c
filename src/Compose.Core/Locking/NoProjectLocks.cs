namespace Compose.Locking;

/// <summary>
/// Takes nothing: for what changes nothing (<c>--dry-run</c>, <c>plan</c>), for tests on a fake engine, and for
/// work running under a lock its caller already holds (a controller's pass runs <c>up</c> inside its own lock).
/// </summary>
public sealed class NoProjectLocks : IProjectLocks
{
    public static NoProjectLocks Instance { get; } = new();

    public Task<IAsyncDisposable> AcquireAsync(LockRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(Released.Instance);

    private sealed class Released : IAsyncDisposable
    {
        public static Released Instance { get; } = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
