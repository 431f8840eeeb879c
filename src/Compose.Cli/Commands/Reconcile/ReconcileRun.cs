using System.CommandLine;
using Compose.Images;
using Compose.Planning;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// <c>reconcile run</c>: the whole loop in the foreground until Ctrl+C or SIGTERM (which leave the stack running):
/// a first pass that brings the stack up as <c>up -d</c> would, then passes on drift, file edits and every period.
/// </summary>
internal sealed class ReconcileRun
{
    private readonly ReconcileFlags _flags = new();
    private readonly Option<bool> _removeOrphans = new("--remove-orphans") { Description = "Remove containers for services not defined in the Compose file" };

    public ReconcileRun()
    {
        Definition = new Command("run", "Run the reconcile loop in the foreground (what 'reconcile install' makes systemd run)") { _removeOrphans };
        _flags.AddTo(Definition);
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var result = await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false);
        var loaded = CliProjectSource.Of(result, context.LoadRequest);
        var options = new UpOptions { RemoveOrphans = parseResult.GetValue(_removeOrphans) || context.RemoveOrphans, IgnoreOrphans = context.IgnoreOrphans };
        var settings = ReconcileSettingsFactory.Create(heal: true, initialPass: true, _flags.PeriodOf(parseResult), parseResult.GetValue(_flags.RestartStopped), options, ImageOptions.Default);
        context.EndProgress();
        await ReconcileHost.RunAsync(context, loaded, settings, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
