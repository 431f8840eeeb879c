namespace Compose.Operations.Up;

/// <summary>When an attached <c>up</c> stops the stack on its own.</summary>
public enum AbortMode
{
    /// <summary>Run until every attached container has exited (or Ctrl+C).</summary>
    None,

    /// <summary><c>--abort-on-container-exit</c> (and <c>--exit-code-from</c>): the first exit stops everything.</summary>
    OnExit,

    /// <summary><c>--abort-on-container-failure</c>: the first non-zero exit stops everything.</summary>
    OnFailure,
}
