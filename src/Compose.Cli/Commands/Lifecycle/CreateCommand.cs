using System.CommandLine;
using Compose.Cli.Commands.Images;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary><c>create</c>: an <c>up</c> that starts nothing: networks, volumes and containers are made, converged, left stopped.</summary>
public sealed class CreateCommand : ICliCommand
{
    private readonly UpFlags _flags = new();

    public CreateCommand()
    {
        Definition = new Command("create", "Creates containers for a service");
        _flags.AddTo(Definition, full: false);
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var options = _flags.Parse(parseResult, context) with { NoStart = true };
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        var selected = ServiceSelection.WithDependencies(project, options.Services);
        await ImageSteps.RunAsync(context, project, selected, _flags.Images.Parse(parseResult), cancellationToken).ConfigureAwait(false);
        var reconciler = context.Target();
        var plan = await reconciler.PlanUpAsync(project, options, cancellationToken).ConfigureAwait(false);
        return await PlanRunner.RunAsync(context, reconciler, plan, cancellationToken).ConfigureAwait(false);
    }
}
