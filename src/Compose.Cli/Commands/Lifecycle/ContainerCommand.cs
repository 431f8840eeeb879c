using System.CommandLine;
using Compose.Execution.Waiting;
using Compose.Operations.Lifecycle;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary>
/// The shape of the commands that act on existing containers (stop, start, restart, kill, pause, unpause, rm):
/// resolve the project (files or labels), plan with the command's options, show or carry out the plan.
/// </summary>
public abstract class ContainerCommand : ICliCommand
{
    private readonly Argument<string[]> _services = ServiceArguments.Create();

    protected ContainerCommand(string name, string description)
    {
        Definition = new Command(name, description) { _services };
    }

    public Command Definition { get; }

    protected abstract LifecycleVerb Verb { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        var options = Options(parseResult) with { Services = [.. parseResult.GetValue(_services) ?? []] };
        var operation = new LifecycleOperation(context.Session);
        // The plan holds the project's lock until it is carried out (or not: when dry, or refused at the prompt).
        await using var plan = await operation.PlanAsync(scope, Verb, options, cancellationToken).ConfigureAwait(false);
        if (context.DryRun)
        {
            return await PlanRunner.PrintIfDryAsync(context, plan.Plan).ConfigureAwait(false);
        }

        if (plan.Plan.IsEmpty && Nothing() is { } message)
        {
            context.Session.Warn(message);
        }

        if (!plan.Plan.IsEmpty && !await ConfirmAsync(context, parseResult, plan.Plan, cancellationToken).ConfigureAwait(false))
        {
            return ExitCodes.Success;
        }

        using var deadline = Deadline(parseResult, context);
        await operation.ExecuteAsync(plan, deadline, cancellationToken).ConfigureAwait(false);
        if (WaitsAfter(parseResult))
        {
            await operation.WaitAsync(plan.Project, options, deadline, cancellationToken).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    /// <summary>One deadline for every wait of the command (<c>start --wait-timeout</c>); null when it has none.</summary>
    protected virtual WaitDeadline? Deadline(ParseResult parseResult, CommandContext context) => null;

    /// <summary>Whether the command waits for readiness once its plan is carried out (<c>start --wait</c>).</summary>
    protected virtual bool WaitsAfter(ParseResult parseResult) => false;

    /// <summary>Whether to go ahead with a non-empty plan (rm asks first, as docker compose does).</summary>
    protected virtual Task<bool> ConfirmAsync(CommandContext context, ParseResult parseResult, Plan plan, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>The command's options, read from its flags (services are filled in by the caller).</summary>
    protected abstract LifecycleOptions Options(ParseResult parseResult);

    /// <summary>What to tell the user when there was nothing to do; null says nothing.</summary>
    protected virtual string? Nothing() => null;
}
