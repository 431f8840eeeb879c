namespace Compose.Reconciling;

/// <summary>Which halves of the loop run, and how it is timed.</summary>
public sealed record ReconcileControllerSettings
{
    /// <summary>Follow the input files: an edit is reloaded and applied (<c>watch</c>, <c>up --watch</c>, <c>--reconcile</c>).</summary>
    public bool FollowFiles { get; init; } = true;

    /// <summary>Heal drift the engine reports (<c>--heal</c>, <c>--reconcile</c>).</summary>
    public bool Heal { get; init; } = true;

    /// <summary>How long file edits must be quiet before they are reloaded.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(300);

    public ReconcileLoopSettings Loop { get; init; } = new();

    public ReconcilePassSettings Pass { get; init; } = new();
}
