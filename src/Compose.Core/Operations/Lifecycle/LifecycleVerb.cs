namespace Compose.Operations.Lifecycle;

/// <summary>The commands that act on existing containers without applying file changes.</summary>
public enum LifecycleVerb
{
    Start,
    Stop,
    Restart,
    Kill,
    Pause,
    Unpause,
    Remove,
}
