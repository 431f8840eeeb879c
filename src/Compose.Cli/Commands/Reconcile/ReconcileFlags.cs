using System.CommandLine;
using Compose.Errors;
using Compose.Reconciling;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>The loop's flags that <c>up</c>, <c>watch</c> and <c>reconcile run</c> share.</summary>
internal sealed class ReconcileFlags(string periodName = "--period")
{
    public Option<int?> Period { get; } = new(periodName)
    {
        Description = "Seconds between the periodic full passes of the reconcile loop (default 60; 0 turns them off)",
        HelpName = "SECONDS",
    };

    public Option<bool> RestartStopped { get; } = new("--restart-stopped")
    {
        Description = "Reconcile loop: start containers that exited or were stopped (by default they are left stopped)",
    };

    public void AddTo(Command command)
    {
        command.Add(Period);
        command.Add(RestartStopped);
    }

    public TimeSpan? PeriodOf(ParseResult parseResult) => parseResult.GetValue(Period) switch
    {
        null => ReconcileLoopSettings.DefaultPeriod,
        0 => null,
        < 0 and var n => throw new UsageException($"{Period.Name} {n}: the period is a number of seconds, 0 or more"),
        var n => TimeSpan.FromSeconds(n.Value),
    };
}
