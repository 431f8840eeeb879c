using System.CommandLine;
using Compose.Cli.Rendering;
using Compose.Operations.Queries;

namespace Compose.Cli.Commands;

/// <summary><c>top</c>: the processes of each running container of the project, a table per container.</summary>
public sealed class TopCommand : ICliCommand
{
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    public TopCommand()
    {
        Definition = new Command("top", "Display the running processes") { _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var results = await new ProjectQueries(context.Session).TopAsync(scope, parseResult.GetValue(_services) ?? [], cancellationToken).ConfigureAwait(false);
        foreach (var (container, top) in results)
        {
            var table = new TableWriter([.. top.Titles]);
            foreach (var process in top.Processes)
            {
                table.AddRow([.. process]);
            }

            await context.Out.WriteAsync($"{container.Name}\n{table}\n").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
