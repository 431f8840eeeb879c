namespace Compose.Locking;

/// <summary>
/// The per-project lock shared by every composectl process on this machine (see docs/reconcile.md, "The lock"): a
/// flock on one file per project and engine endpoint, so it survives a crashed holder; the holder's pid and verb in
/// a file beside it. A run that must wait says so once ("waiting for another composectl run on project X (pid N,
/// VERB)") and polls, cancellably, until the lock is free.
/// </summary>
/// <param name="endpoint">Names the engine: the same project name on another engine has its own lock.</param>
/// <param name="waiting">Where the "waiting for" line goes (a warning line on stderr).</param>
public sealed class ProjectLocks(IReadOnlyDictionary<string, string> environment, string endpoint, Action<string> waiting, TimeProvider? time = null) : IProjectLocks
{
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a holder that has not yet written its name is waited for before the line is printed without it.</summary>
    private static readonly TimeSpan NamelessHolderGrace = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public ProjectStateFiles FilesOf(string project) => ProjectStateFiles.For(environment, project, endpoint);

    public async Task<IAsyncDisposable> AcquireAsync(LockRequest request, CancellationToken cancellationToken)
    {
        var files = FilesOf(request.Project);
        files.EnsureDirectory();
        var poll = FirstPoll;
        var started = _time.GetTimestamp();
        var told = false;
        while (true)
        {
            if (FileLock.TryAcquire(files.LockFile) is { } held)
            {
                return Held(files, held, request);
            }

            if (!told && (LockHolder.Read(files.HolderFile) is { } holder ? Describe(holder) : NamelessAfterGrace(started)) is { } line)
            {
                waiting($"waiting for another composectl run on project {request.Project} ({line})");
                told = true;
            }

            await Task.Delay(poll, _time, cancellationToken).ConfigureAwait(false);
            poll = poll * 2 > LongestPoll ? LongestPoll : poll * 2;
        }
    }

    private static string Describe(LockHolder holder) => holder.ToString();

    private string? NamelessAfterGrace(long started) => _time.GetElapsedTime(started) >= NamelessHolderGrace ? "pid unknown" : null;

    private ProjectLockHandle Held(ProjectStateFiles files, FileStream held, LockRequest request)
    {
        var now = _time.GetUtcNow();
        try
        {
            File.WriteAllText(files.HolderFile, new LockHolder(Environment.ProcessId, request.Verb, now).Serialize());
            PauseFile.Apply(files.PauseFile, request, Environment.ProcessId, now);
        }
        catch
        {
            held.Dispose();
            throw;
        }

        return new ProjectLockHandle(files, held);
    }
}
