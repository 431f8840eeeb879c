using System.CommandLine;
using Compose.Operations.Queries;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>wait [SERVICE...]</c>: block until the first of the services' containers stops and exit with its exit code;
/// <c>--down-project</c> then takes the whole project down.
/// </summary>
public sealed class WaitCommand : ICliCommand
{
    private readonly Option<bool> _downProject = new("--down-project") { Description = "Drops project when the first container stops" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    public WaitCommand()
    {
        Definition = new Command("wait", "Block until the first service container stops") { _downProject, _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        return await new WaitOperation(context.Session).WaitAsync(scope, parseResult.GetValue(_services) ?? [], parseResult.GetValue(_downProject), cancellationToken).ConfigureAwait(false);
    }
}
