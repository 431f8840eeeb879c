using System.CommandLine;

namespace Compose.Cli.Commands.Swarm;

/// <summary>
/// <c>rollback SERVICE</c>: return a stack service to the spec it had before its last update (the previous image tag,
/// the previous settings), as <c>docker service rollback</c>, and wait until it runs again. The stack is the project's
/// (<c>-p</c>, the files) unless <c>--stack</c> names it.
/// </summary>
public sealed class RollbackCommand : ICliCommand
{
    private readonly Argument<string> _service = new(ServiceArguments.Name) { Description = "The service to roll back" };
    private readonly Option<string?> _stack = new("--stack") { Description = "The stack's name (default: the project's name)", HelpName = "STACK" };
    private readonly Option<int?> _waitTimeout = new("--wait-timeout") { Description = "Maximum duration in seconds to wait for the rollback", HelpName = "SECONDS" };

    public RollbackCommand()
    {
        Definition = new Command("rollback", "Return a stack service to its previous spec") { _service, _stack, _waitTimeout };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stack = await SwarmSession.StackNameAsync(context, parseResult.GetValue(_stack), cancellationToken).ConfigureAwait(false);
        var timeout = parseResult.GetValue(_waitTimeout) is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        await using var session = new SwarmSession(context);
        var plan = await session.Stack.PlanRollbackAsync(stack, parseResult.GetValue(_service)!, timeout, cancellationToken).ConfigureAwait(false);
        return await SwarmPlanOutput.RunAsync(context, session, plan, cancellationToken).ConfigureAwait(false);
    }
}
