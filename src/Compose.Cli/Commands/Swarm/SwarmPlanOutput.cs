using Compose.Planning;

namespace Compose.Cli.Commands.Swarm;

/// <summary>What every stack command does with its plan: warnings to stderr, then the plan's text (dry run) or its execution.</summary>
internal static class SwarmPlanOutput
{
    public static async Task<int> RunAsync(CommandContext context, SwarmSession session, Plan plan, CancellationToken cancellationToken)
    {
        await WarnAsync(context, plan).ConfigureAwait(false);
        if (context.DryRun)
        {
            await context.Out.WriteAsync(plan.ToText()).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await session.Stack.ExecuteAsync(plan, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>The planner's warnings as the other commands print them (without making an engine runtime the stack does not use).</summary>
    public static async Task WarnAsync(CommandContext context, Plan plan)
    {
        foreach (var warning in plan.Warnings)
        {
            await context.Error.WriteLineAsync($"WARN[0000] {warning}").ConfigureAwait(false);
        }
    }
}
