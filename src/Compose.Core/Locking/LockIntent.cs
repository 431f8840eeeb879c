namespace Compose.Locking;

/// <summary>What a verb tells a reconcile controller of the project, besides holding the lock while it runs.</summary>
public enum LockIntent
{
    /// <summary>Nothing (<c>run</c>, <c>pause</c>, a watch pass).</summary>
    None,

    /// <summary>
    /// The user wants these services (all when none are named) left as this verb leaves them: <c>down</c>,
    /// <c>stop</c>, <c>rm</c>, <c>kill</c>. A controller stops acting on them until an <see cref="Resume"/>.
    /// </summary>
    Pause,

    /// <summary>The user wants these services running again: <c>up</c>, <c>create</c>, <c>start</c>, <c>restart</c>, <c>unpause</c>.</summary>
    Resume,
}
