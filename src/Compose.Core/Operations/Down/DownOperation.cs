using Compose.Operations.Lifecycle;
using Compose.Planning;

namespace Compose.Operations.Down;

/// <summary>
/// <c>down</c>: stop and remove the project's containers (dependents first, one-off ones too) and networks; with
/// <c>-v</c> its volumes, with <c>--rmi</c> its images. Works from the labels alone when the files are gone.
/// </summary>
public sealed class DownOperation(ComposeSession session)
{
    public async Task<Plan> PlanAsync(ProjectScope scope, DownOptions options, CancellationToken cancellationToken)
    {
        var (project, observed) = await ProjectTarget.ObserveAsync(session.Target(), scope, cancellationToken).ConfigureAwait(false);
        return Planner.PlanDown(project, observed, options);
    }

    /// <summary>Plans and carries out the down; returns the plan (empty: nothing of the project was found, which is said).</summary>
    public async Task<Plan> RunAsync(ProjectScope scope, DownOptions options, CancellationToken cancellationToken)
    {
        // A controller of the project stays paused after this (it would bring the stack back), until the next up.
        await using var held = await session.LockAsync(scope.Name, "down", Locking.LockIntent.Pause, [], cancellationToken).ConfigureAwait(false);
        var plan = await PlanAsync(scope, options, cancellationToken).ConfigureAwait(false);
        if (plan.IsEmpty)
        {
            session.Warn($"No resource found to remove for project \"{scope.Name}\".");
        }

        session.WarnAbout(plan);
        await session.Target().ExecuteAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan;
    }
}
