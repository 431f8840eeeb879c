using Compose.Model;
using Compose.Watching;

namespace Compose.Operations.Watch;

/// <summary>
/// <c>watch</c> and the watch half of <c>up --watch</c>: the <c>develop.watch</c> rules checked (before anything
/// starts, so a mistake costs nothing), then acted on as files change until cancelled, which ends it normally.
/// </summary>
public sealed class WatchOperation(ComposeSession session)
{
    public async Task<WatchPlan> PlanAsync(Project project, IEnumerable<string> services, CancellationToken cancellationToken)
    {
        var plan = await WatchPlan.CreateAsync(project, services, cancellationToken).ConfigureAwait(false);
        foreach (var warning in plan.Warnings)
        {
            session.Warn(warning);
        }

        return plan;
    }

    /// <param name="log">Where the watcher says what it syncs, restarts and rebuilds.</param>
    public Task RunAsync(Project project, WatchPlan plan, bool quiet, bool prune, TextWriter log, CancellationToken cancellationToken) =>
        RunAsync(() => project, plan, quiet, prune, log, cancellationToken);

    /// <param name="current">
    /// The project as it is now: a reconcile controller following the files reloads it after each edit, and a
    /// rebuild uses the configuration in force, not the one the watch started with (docker/compose#11003).
    /// </param>
    public Task RunAsync(Func<Project> current, WatchPlan plan, bool quiet, bool prune, TextWriter log, CancellationToken cancellationToken)
    {
        var runner = new WatchActionRunner(session.Runtime, current().Name, new Rebuilder(session, current, quiet, prune), log);
        return new WatchSession(plan, runner, session.Time, log).RunAsync(cancellationToken);
    }

    /// <summary>A watch <c>rebuild</c> with a progress display of its own (the one of the initial <c>up</c> has finished).</summary>
    private sealed class Rebuilder(ComposeSession session, Func<Project> current, bool quiet, bool prune) : IServiceRebuilder
    {
        public async Task RebuildAsync(IReadOnlyList<string> services, CancellationToken cancellationToken)
        {
            var project = current();
            // A rebuild is a pass like up's: under the project's lock.
            await using var held = await session.LockAsync(project.Name, "watch", Locking.LockIntent.None, services, cancellationToken).ConfigureAwait(false);
            var progress = session.NewProgress?.Invoke() ?? session.Progress;
            try
            {
                await new ServiceRebuilder(project, session.Images(progress), quiet, prune).RebuildAsync(services, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (!ReferenceEquals(progress, session.Progress))
                {
                    (progress as IDisposable)?.Dispose();
                }
            }
        }
    }
}
