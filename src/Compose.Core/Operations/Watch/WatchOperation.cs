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
    public Task RunAsync(Project project, WatchPlan plan, bool quiet, bool prune, TextWriter log, CancellationToken cancellationToken)
    {
        var runner = new WatchActionRunner(session.Runtime, project.Name, new Rebuilder(session, project, quiet, prune), log);
        return new WatchSession(plan, runner, session.Time, log).RunAsync(cancellationToken);
    }

    /// <summary>A watch <c>rebuild</c> with a progress display of its own (the one of the initial <c>up</c> has finished).</summary>
    private sealed class Rebuilder(ComposeSession session, Project project, bool quiet, bool prune) : IServiceRebuilder
    {
        public async Task RebuildAsync(IReadOnlyList<string> services, CancellationToken cancellationToken)
        {
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
