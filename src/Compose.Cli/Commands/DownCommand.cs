using System.CommandLine;
using Compose.Planning;

namespace Compose.Cli.Commands;

/// <summary><c>down</c>: stop and remove the project's containers and networks (and volumes with <c>-v</c>).</summary>
public sealed class DownCommand : ICliCommand
{
    private readonly Option<bool> _volumes = new("--volumes", "-v") { Description = "Remove named volumes declared in the volumes section and anonymous volumes attached to containers" };
    private readonly Option<bool> _removeOrphans = new("--remove-orphans") { Description = "Remove containers for services not defined in the compose file" };
    private readonly Option<int?> _timeout = new("--timeout", "-t") { Description = "Shutdown timeout in seconds" };
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print the plan and change nothing" };

    public DownCommand()
    {
        Definition = new Command("down", "Stop and remove containers, networks") { _volumes, _removeOrphans, _timeout, _dryRun };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        var options = new DownOptions
        {
            RemoveVolumes = parseResult.GetValue(_volumes),
            RemoveOrphans = parseResult.GetValue(_removeOrphans),
            Timeout = parseResult.GetValue(_timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
        var reconciler = context.Reconciler();
        if (parseResult.GetValue(_dryRun))
        {
            var plan = await reconciler.PlanDownAsync(project, options, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteAsync(plan.ToText()).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await reconciler.DownAsync(project, options, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
