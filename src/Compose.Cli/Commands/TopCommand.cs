using System.CommandLine;
using Compose.Cli.Rendering;
using Compose.Observing;
using Compose.Planning;
using Compose.Runtime;

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
        var services = parseResult.GetValue(_services) ?? [];
        ContainerQuery.CheckServices(scope, services);
        var containers = (await ContainerQuery.ListAsync(context, scope.Name, all: false, cancellationToken).ConfigureAwait(false))
            .Where(c => c.State == ContainerState.Running && ContainerQuery.IsInServices(c, services) && !ObservedState.IsOneOff(c))
            .ToList();
        var results = await Task.WhenAll(containers.Select(c => context.Runtime.TopAsync(c.Id, null, cancellationToken))).ConfigureAwait(false);
        for (var i = 0; i < containers.Count; i++)
        {
            var table = new TableWriter([.. results[i].Titles]);
            foreach (var process in results[i].Processes)
            {
                table.AddRow([.. process]);
            }

            await context.Out.WriteAsync($"{containers[i].Name}\n{table}\n").ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }
}
