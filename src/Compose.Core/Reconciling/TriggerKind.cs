namespace Compose.Reconciling;

/// <summary>Why a pass runs.</summary>
public enum TriggerKind
{
    /// <summary>The controller started: the first pass.</summary>
    Start,

    /// <summary>The engine reported drift (a container, network or volume of the project removed, renamed or disconnected).</summary>
    Engine,

    /// <summary>The event stream was connected again after it dropped: events may have been missed, so a full pass.</summary>
    Reconnect,

    /// <summary>An input file changed (compose files, <c>.env</c>, an <c>env_file</c>, a secret's or config's file).</summary>
    Files,

    /// <summary>The periodic full pass, the safety net.</summary>
    Periodic,
}
