using System.CommandLine;
using Compose.Cli.Commands.Lifecycle;
using Compose.Planning;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>down</c>: stop and remove the project's containers (dependents first, one-off ones too) and networks; with
/// <c>-v</c> its volumes, with <c>--rmi</c> its images. Works from the labels alone when the files are gone
/// (<c>composectl -p NAME down</c>).
/// </summary>
public sealed class DownCommand : ICliCommand
{
    private readonly DownFlags _flags = new();

    public DownCommand()
    {
        Definition = new Command("down", "Stop and remove containers, networks");
        _flags.AddTo(Definition);
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var options = _flags.Parse(parseResult, context);
        var reconciler = context.Target();
        var (project, observed) = await LifecycleTarget.ResolveAsync(context, reconciler, cancellationToken).ConfigureAwait(false);
        var plan = Planner.PlanDown(project, observed, options);
        if (plan.IsEmpty && !context.DryRun)
        {
            await context.Error.WriteLineAsync($"WARN[0000] No resource found to remove for project \"{project.Name}\".").ConfigureAwait(false);
        }

        return await PlanRunner.RunAsync(context, reconciler, plan, cancellationToken).ConfigureAwait(false);
    }
}
