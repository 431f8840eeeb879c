using Compose.Model;
using Compose.Watching;

namespace Compose.Cli.Commands.Watch;

/// <summary>What <c>watch</c> and <c>up --watch</c> share: checking the rules (before anything starts) and the session itself.</summary>
internal static class WatchRunner
{
    public static async Task<WatchPlan> PlanAsync(CommandContext context, Project project, IEnumerable<string> services, CancellationToken cancellationToken)
    {
        var plan = await WatchPlan.CreateAsync(project, services, cancellationToken).ConfigureAwait(false);
        foreach (var warning in plan.Warnings)
        {
            await context.Error.WriteLineAsync($"WARN[0000] {warning}").ConfigureAwait(false);
        }

        return plan;
    }

    /// <summary>Watches until <paramref name="cancellationToken"/> is cancelled, which ends it normally.</summary>
    public static Task RunAsync(CommandContext context, Project project, WatchPlan plan, bool quiet, bool prune, CancellationToken cancellationToken)
    {
        var runner = new WatchActionRunner(context.Runtime, project.Name, new WatchRebuilder(context, project, quiet, prune), context.Error);
        return new WatchSession(plan, runner, context.Time, context.Error).RunAsync(cancellationToken);
    }
}
