using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Watching;

/// <summary>
/// Turns a batch of changed host paths into per-service actions (pure). Every rule a path matches contributes: a
/// <c>rebuild</c> rule rebuilds its service once per batch; sync rules map each path to the container; restart and
/// exec rules are collected once per service and rule. A rebuilt service is not also restarted: its new container
/// has just started.
/// </summary>
public static class WatchBatchPlanner
{
    public static ImmutableArray<ServiceActions> Plan(WatchPlan plan, IEnumerable<string> changedPaths)
    {
        var matches = changedPaths
            .SelectMany(path => plan.TriggersFor(path).Select(trigger => (Path: path, Trigger: trigger)))
            .ToList();
        return [.. matches
            .GroupBy(m => m.Trigger.Service, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ForService(g.Key, [.. g]))];
    }

    private static ServiceActions ForService(string service, IReadOnlyList<(string Path, WatchTrigger Trigger)> matches)
    {
        bool Any(params string[] actions) => matches.Any(m => actions.Contains(m.Trigger.Rule.Action));
        var rebuild = Any(WatchRule.Rebuild);
        var syncs = matches
            .Where(m => WatchRuleChecks.IsSync(m.Trigger.Rule.Action))
            .Select(m => new SyncPath(m.Path, m.Trigger.ContainerPath(m.Path), m.Trigger))
            .DistinctBy(s => (s.HostPath, s.ContainerPath))
            .OrderBy(s => s.ContainerPath, StringComparer.Ordinal);
        var execs = matches
            .Where(m => m.Trigger.Rule.Action == WatchRule.SyncExec)
            .Select(m => m.Trigger)
            .DistinctBy(t => t.Index)
            .OrderBy(t => t.Index)
            .Select(t => t.Rule.Exec!);
        return new ServiceActions(service)
        {
            Rebuild = rebuild,
            Syncs = [.. syncs],
            Restart = !rebuild && Any(WatchRule.Restart, WatchRule.SyncRestart),
            Execs = [.. execs],
        };
    }
}
