using System.CommandLine;
using Compose.Cli.Rendering;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Cli.Commands;

/// <summary><c>ps</c>: list the project's containers.</summary>
public sealed class PsCommand : ICliCommand
{
    private readonly Option<bool> _all = new("--all", "-a") { Description = "Show all stopped containers" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Only display IDs" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    public PsCommand()
    {
        Definition = new Command("ps", "List containers") { _all, _quiet, _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        var observed = await context.Reconciler().ObserveAsync(project.Name, cancellationToken).ConfigureAwait(false);
        var services = parseResult.GetValue(_services) ?? [];
        var containers = observed.Containers
            .Where(c => !ObservedState.IsOneOff(c))
            .Where(c => parseResult.GetValue(_all) || c.State is ContainerState.Running or ContainerState.Restarting or ContainerState.Paused)
            .Where(c => services.Length == 0 || services.Contains(c.Label(ComposeLabels.Service)))
            .ToList();

        if (parseResult.GetValue(_quiet))
        {
            foreach (var container in containers)
            {
                await context.Out.WriteLineAsync(container.Id).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }

        var table = new TableWriter("NAME", "IMAGE", "SERVICE", "STATUS", "PORTS");
        foreach (var container in containers)
        {
            table.AddRow(container.Name, container.Image, container.Label(ComposeLabels.Service) ?? "", container.Status, PortText.Format(container.Ports));
        }

        await context.Out.WriteAsync(table.ToString()).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
