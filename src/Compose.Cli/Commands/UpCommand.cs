using System.CommandLine;
using Compose.Planning;

namespace Compose.Cli.Commands;

/// <summary><c>up</c>: create and start the project's containers (one reconciliation pass).</summary>
public sealed class UpCommand : ICliCommand
{
    private readonly Option<bool> _detach = new("--detach", "-d") { Description = "Detached mode: run containers in the background" };
    private readonly Option<bool> _forceRecreate = new("--force-recreate") { Description = "Recreate containers even if their configuration has not changed" };
    private readonly Option<bool> _noRecreate = new("--no-recreate") { Description = "If containers already exist, don't recreate them" };
    private readonly Option<bool> _noStart = new("--no-start") { Description = "Don't start the services after creating them" };
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print the plan and change nothing" };
    private readonly Option<int?> _timeout = new("--timeout", "-t") { Description = "Shutdown timeout in seconds for recreated containers" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    public UpCommand()
    {
        Definition = new Command("up", "Create and start containers") { _detach, _forceRecreate, _noRecreate, _noStart, _dryRun, _timeout, _services };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (parseResult.GetValue(_forceRecreate) && parseResult.GetValue(_noRecreate))
        {
            throw new UsageException("--force-recreate and --no-recreate are incompatible");
        }

        var dryRun = parseResult.GetValue(_dryRun);
        if (!parseResult.GetValue(_detach) && !parseResult.GetValue(_noStart) && !dryRun)
        {
            throw new UsageException("attached mode (streaming logs) is not implemented yet; run 'up -d' and then 'logs'");
        }

        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        var options = new UpOptions
        {
            Services = [.. parseResult.GetValue(_services) ?? []],
            ForceRecreate = parseResult.GetValue(_forceRecreate),
            NoRecreate = parseResult.GetValue(_noRecreate),
            NoStart = parseResult.GetValue(_noStart),
            Timeout = parseResult.GetValue(_timeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
        var reconciler = context.Reconciler();
        if (dryRun)
        {
            var plan = await reconciler.PlanUpAsync(project, options, cancellationToken).ConfigureAwait(false);
            await context.Out.WriteAsync(plan.ToText()).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await reconciler.UpAsync(project, options, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
