using Compose.Errors;
using Compose.Model;

namespace Compose.Watching;

/// <summary>What a watch rule needs to work, checked before anything is watched so a mistake is reported at once.</summary>
public static class WatchRuleChecks
{
    public static void Check(string serviceName, Service service, WatchRule rule)
    {
        if (rule.Action == WatchRule.Rebuild && service.Build is null)
        {
            throw new ComposeException($"service {serviceName}: the develop.watch rule for {rule.Path} has action rebuild, but the service has no build section to rebuild from. Add build: to the service or use sync or restart.");
        }

        if (rule.Action is WatchRule.Sync or WatchRule.SyncRestart or WatchRule.SyncExec && string.IsNullOrEmpty(rule.Target))
        {
            throw new ComposeException($"service {serviceName}: the develop.watch rule for {rule.Path} has action {rule.Action} but no target; set target: to the path in the container to sync to.");
        }

        if (rule.Action == WatchRule.SyncExec && rule.Exec is not { Command.IsEmpty: false })
        {
            throw new ComposeException($"service {serviceName}: the develop.watch rule for {rule.Path} has action sync+exec but no exec command; set exec: command:.");
        }
    }

    /// <summary>The source of a bind mount of the service that contains a sync rule's path, if any.</summary>
    public static string? SharedByBindMount(Service service, WatchRule rule) =>
        IsSync(rule.Action)
            ? service.Volumes.FirstOrDefault(m => m.Type == ServiceMount.Bind && m.Source is { } source && WatchPaths.Below(source, rule.Path) is not null)?.Source
            : null;

    public static bool IsSync(string action) => action is WatchRule.Sync or WatchRule.SyncRestart or WatchRule.SyncExec;
}
