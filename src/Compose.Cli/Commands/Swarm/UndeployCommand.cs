using System.CommandLine;

namespace Compose.Cli.Commands.Swarm;

/// <summary>
/// <c>undeploy [STACK]</c>: remove what the stack made (services, then once their tasks are gone its secrets, configs and
/// networks), found by its <c>com.docker.stack.namespace</c> label, as <c>docker stack rm</c>; nothing else. Named volumes
/// stay on the nodes, as with <c>down</c> without <c>-v</c>.
/// </summary>
public sealed class UndeployCommand : ICliCommand
{
    private readonly Argument<string?> _stack = new("STACK") { Description = "The stack's name (default: the project's name)", Arity = ArgumentArity.ZeroOrOne };

    public UndeployCommand()
    {
        Definition = new Command("undeploy", "Remove a stack deployed with deploy --to swarm") { _stack };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var stack = await SwarmSession.StackNameAsync(context, parseResult.GetValue(_stack), cancellationToken).ConfigureAwait(false);
        await using var session = new SwarmSession(context);
        var plan = await session.Stack.PlanUndeployAsync(stack, cancellationToken).ConfigureAwait(false);
        if (plan.IsEmpty)
        {
            await context.Error.WriteLineAsync($"Nothing found in stack: {stack}").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        return await SwarmPlanOutput.RunAsync(context, session, plan, cancellationToken).ConfigureAwait(false);
    }
}
