using Compose.Model;
using Compose.Planning;

namespace Compose.Targets;

/// <summary>
/// A place a whole project is deployed to, with its own idea of what exists (<typeparamref name="TObserved"/>) and
/// of what a deployment may be asked (<typeparamref name="TOptions"/>): the containers of one engine (the
/// single-engine reconciler), the services of a swarm. One reconciliation pass is <see cref="ObserveAsync"/> →
/// <see cref="Plan"/> → <see cref="ExecuteAsync"/>; a pass over a converged target plans nothing. Every target's plan
/// is the same printable DAG of one-call steps (<see cref="Planning.Plan"/>), so <c>plan</c>, <c>--dry-run</c> and the
/// reconcile loop work for all of them; the steps themselves are the target's own.
/// </summary>
public interface IDeployTarget<TObserved, in TOptions>
{
    /// <summary>What exists for the project on this target, in as few round trips as the target allows.</summary>
    Task<TObserved> ObserveAsync(Project project, CancellationToken cancellationToken);

    /// <summary>Pure: the steps that take <paramref name="observed"/> to what <paramref name="project"/> says.</summary>
    Plan Plan(Project project, TObserved observed, TOptions options);

    /// <summary>Carries the plan out, one target call per step, reporting progress; the first failure is thrown.</summary>
    Task ExecuteAsync(Plan plan, CancellationToken cancellationToken);
}
