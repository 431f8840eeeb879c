using Compose.Model;

namespace Compose.Reconciling;

/// <summary>Runs one pass of observe → plan → execute for a project (the engine's <see cref="ReconcilePass"/>; a fake in tests).</summary>
public interface IPassRunner
{
    /// <param name="initial">The controller's first pass: an <c>up</c> as the user would run it (stopped containers started).</param>
    Task<PassOutcome> RunAsync(Project project, bool initial, CancellationToken cancellationToken);

    /// <summary>
    /// Takes note of what exists before the first trigger (so that a container removed before the first pass is
    /// known to have vanished); best effort: an engine that does not answer yet is the first pass's problem.
    /// </summary>
    Task PrimeAsync(Project project, CancellationToken cancellationToken);
}
