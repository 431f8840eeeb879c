namespace Compose.Reconciling;

/// <summary>What the loop tells the user: each pass with its trigger and plan, broken edits, the engine connection.</summary>
public interface IReconcileReporter
{
    void PassStarted(int number, string trigger);

    void PassFinished(int number, string trigger, PassOutcome outcome, BackoffState? backoff);

    /// <summary>The files do not load; the running stack stays as it is. <paramref name="error"/> carries file:line:col.</summary>
    void FilesRejected(string error);

    /// <summary>The files load again after a broken edit.</summary>
    void FilesAccepted();

    /// <summary>The event stream dropped, or is back.</summary>
    void Engine(string text);
}
