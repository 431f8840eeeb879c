using Compose.Model;

namespace Compose.Reconciling;

/// <summary>Runs one pass of observe → plan → execute for a project (the engine's <see cref="ReconcilePass"/>; a fake in tests).</summary>
public interface IPassRunner
{
    /// <param name="initial">The controller's first pass: an <c>up</c> as the user would run it (stopped containers started).</param>
    Task<PassOutcome> RunAsync(Project project, bool initial, CancellationToken cancellationToken);
}
