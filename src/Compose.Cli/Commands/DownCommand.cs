using System.CommandLine;
using Compose.Cli.Commands.Lifecycle;
using Compose.Operations.Down;

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
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var down = new DownOperation(context.Session);
        if (context.DryRun)
        {
            return await PlanRunner.PrintIfDryAsync(context, await down.PlanAsync(scope, options, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        }

        await down.RunAsync(scope, options, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
