namespace Compose.Reconciling;

/// <summary>How a pass ended.</summary>
public enum PassResult
{
    /// <summary>The plan was empty: the stack is what the files say.</summary>
    Converged,

    /// <summary>A non-empty plan was carried out.</summary>
    Applied,

    /// <summary>Observing, planning or a step failed; the loop backs off from that step.</summary>
    Failed,

    /// <summary>Another command asked the controller to leave the whole project alone (<c>down</c>, <c>stop</c>): nothing was done.</summary>
    Paused,
}
