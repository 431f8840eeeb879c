using System.Collections.Immutable;

namespace Compose.Watching;

/// <summary>
/// A running watch: files changes under the plan's rule paths are batched, each batch turned into per-service
/// actions and carried out, until the token is cancelled (Ctrl+C), which ends the session normally. Rules with
/// <c>initial_sync</c> copy their whole path once, after the watcher is in place so no change is missed.
/// </summary>
public sealed class WatchSession(WatchPlan plan, WatchActionRunner runner, TimeProvider time, TextWriter log)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var batcher = new ChangeBatcher(time);
        using var watcher = PathWatcher.Start(plan.Roots, batcher.Add, message => log.WriteLine(message));
        try
        {
            await InitialSyncAsync(cancellationToken).ConfigureAwait(false);
            await log.WriteLineAsync($"Watch enabled for {string.Join(", ", plan.Services)}; press Ctrl+C to stop").ConfigureAwait(false);
            await foreach (var batch in batcher.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                var actions = WatchBatchPlanner.Plan(plan, batch);
                if (!actions.IsEmpty)
                {
                    await runner.RunAsync(actions, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await log.WriteLineAsync("Watch disabled").ConfigureAwait(false);
        }
    }

    private async Task InitialSyncAsync(CancellationToken cancellationToken)
    {
        var initial = plan.Triggers
            .Where(t => t.Rule.InitialSync && WatchRuleChecks.IsSync(t.Rule.Action) && (File.Exists(t.Path) || Directory.Exists(t.Path)))
            .GroupBy(t => t.Service, StringComparer.Ordinal)
            .Select(g => new ServiceActions(g.Key) { Syncs = [.. g.Select(t => new SyncPath(t.Path, t.ContainerPath(t.Path), t))] })
            .ToImmutableArray();
        if (!initial.IsEmpty)
        {
            await runner.RunAsync(initial, cancellationToken).ConfigureAwait(false);
        }
    }
}
