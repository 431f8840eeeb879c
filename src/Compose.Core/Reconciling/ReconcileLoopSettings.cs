namespace Compose.Reconciling;

/// <summary>The loop's timing: the coalescing window, the periodic pass, the back-off.</summary>
public sealed record ReconcileLoopSettings
{
    /// <summary>The default period of the full pass that runs whatever else happens.</summary>
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromSeconds(60);

    /// <summary>How long a burst of triggers may take to settle before its pass starts (file edits are debounced before this).</summary>
    public TimeSpan Coalesce { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The periodic full pass; null = none.</summary>
    public TimeSpan? Period { get; init; } = DefaultPeriod;

    public BackoffPolicy Backoff { get; init; } = BackoffPolicy.Default;

    /// <summary>Whether the loop starts with a pass (off when an <c>up</c> just ran, as in <c>up --watch --heal</c>).</summary>
    public bool InitialPass { get; init; } = true;
}
