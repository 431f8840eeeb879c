using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary>What the commands that change state print under <c>--dry-run</c>: the planner's warnings, then the plan.</summary>
internal static class PlanRunner
{
    /// <summary>With <c>--dry-run</c>, prints the warnings and <paramref name="before"/> (image lines) then the plan; else nothing.</summary>
    public static async Task<int> PrintIfDryAsync(CommandContext context, Plan plan, string before = "")
    {
        if (context.DryRun)
        {
            context.Session.WarnAbout(plan);
            await context.Out.WriteAsync(before + plan.ToText()).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary><c>-t/--timeout</c> in seconds, as the engine takes it.</summary>
    public static TimeSpan? Seconds(int? seconds) => seconds is { } s ? TimeSpan.FromSeconds(s) : null;
}
