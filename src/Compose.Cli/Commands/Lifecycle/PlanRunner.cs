using Compose.Execution;
using Compose.Execution.Waiting;
using Compose.Planning;
using Compose.Targets.Engine;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary>
/// What every lifecycle command does with its plan: show the planner's warnings, then either print the plan
/// (<c>--dry-run</c>: nothing changes) or carry it out with progress.
/// </summary>
internal static class PlanRunner
{
    public static Task<int> RunAsync(CommandContext context, EngineTarget reconciler, Plan plan, CancellationToken cancellationToken) =>
        RunAsync(context, reconciler, plan, null, cancellationToken);

    /// <param name="deadline">The command's <c>--wait-timeout</c>: the plan's dependency waits end with it.</param>
    public static async Task<int> RunAsync(CommandContext context, EngineTarget reconciler, Plan plan, WaitDeadline? deadline, CancellationToken cancellationToken)
    {
        await WarnAsync(context, plan).ConfigureAwait(false);
        if (context.DryRun)
        {
            await context.Out.WriteAsync(plan.ToText()).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await reconciler.ExecuteAsync(plan, deadline, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    public static async Task WarnAsync(CommandContext context, Plan plan)
    {
        foreach (var warning in plan.Warnings)
        {
            await context.Error.WriteLineAsync($"WARN[0000] {warning}").ConfigureAwait(false);
        }
    }

    /// <summary><c>-t/--timeout</c> in seconds, as the engine takes it.</summary>
    public static TimeSpan? Seconds(int? seconds) => seconds is { } s ? TimeSpan.FromSeconds(s) : null;
}
