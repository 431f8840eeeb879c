using System.CommandLine;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// <c>reconcile run|install|status</c>: the reconcile loop of a project in the foreground (what a systemd unit runs),
/// the unit that runs it at boot, and what a running loop last did (docs/reconcile.md).
/// </summary>
public sealed class ReconcileCommand : ICliCommand
{
    private readonly ReconcileRun _run = new();
    private readonly ReconcileInstall _install = new();
    private readonly ReconcileStatusCommand _status = new();

    public ReconcileCommand()
    {
        Definition = new Command("reconcile", "Keep the project's stack converged on its files: a loop that heals drift and applies edits")
        {
            _run.Definition, _install.Definition, _status.Definition,
        };
    }

    public Command Definition { get; }

    public Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var chosen = parseResult.CommandResult.Command;
        if (chosen == _run.Definition)
        {
            return _run.ExecuteAsync(context, parseResult, cancellationToken);
        }

        if (chosen == _install.Definition)
        {
            return _install.ExecuteAsync(context, parseResult, cancellationToken);
        }

        if (chosen == _status.Definition)
        {
            return _status.ExecuteAsync(context, parseResult, cancellationToken);
        }

        throw new Errors.UsageException("reconcile needs a subcommand: run, install or status (composectl reconcile --help).");
    }
}
