using System.CommandLine;
using Compose.Operations.Up;

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
        var request = new UpRequest { Options = options, Images = _flags.Images.Parse(parseResult), DryRun = context.DryRun };
        var result = await new UpOperation(context.Session).RunAsync(project, request, cancellationToken).ConfigureAwait(false);
        return await PlanRunner.PrintIfDryAsync(context, result.Plan, result.Images.ToText()).ConfigureAwait(false);
    }
}
