using System.CommandLine;
using Compose.Execution;
using Compose.Execution.Waiting;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;
using Compose.Targets.Engine;

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

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var reconciler = context.Target();
        var (project, observed) = await LifecycleTarget.ResolveAsync(context, reconciler, cancellationToken).ConfigureAwait(false);
        var options = Options(parseResult) with { Services = [.. parseResult.GetValue(_services) ?? []] };
        var plan = Plan(project, observed, options);
        if (plan.IsEmpty && !context.DryRun && Nothing(project) is { } message)
        {
            await context.Error.WriteLineAsync($"WARN[0000] {message}").ConfigureAwait(false);
        }

        if (!context.DryRun && !plan.IsEmpty && !await ConfirmAsync(context, parseResult, plan, cancellationToken).ConfigureAwait(false))
        {
            return ExitCodes.Success;
        }

        using var deadline = Deadline(parseResult, context);
        var code = await PlanRunner.RunAsync(context, reconciler, plan, deadline, cancellationToken).ConfigureAwait(false);
        if (!context.DryRun)
        {
            await AfterAsync(context, reconciler, project, options, parseResult, deadline, cancellationToken).ConfigureAwait(false);
        }

        return code;
    }

    /// <summary>One deadline for every wait of the command (<c>start --wait-timeout</c>); null when it has none.</summary>
    protected virtual WaitDeadline? Deadline(ParseResult parseResult, CommandContext context) => null;

    /// <summary>What the command does once its plan is carried out (<c>start --wait</c> waits for readiness).</summary>
    protected virtual Task AfterAsync(
        CommandContext context, EngineTarget reconciler, Project project, LifecycleOptions options, ParseResult parseResult, WaitDeadline? deadline, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Whether to go ahead with a non-empty plan (rm asks first, as docker compose does).</summary>
    protected virtual Task<bool> ConfirmAsync(CommandContext context, ParseResult parseResult, Plan plan, CancellationToken cancellationToken) => Task.FromResult(true);

    /// <summary>The command's options, read from its flags (services are filled in by the caller).</summary>
    protected abstract LifecycleOptions Options(ParseResult parseResult);

    protected abstract Plan Plan(Project project, ObservedState observed, LifecycleOptions options);

    /// <summary>What to tell the user when there was nothing to do; null says nothing.</summary>
    protected virtual string? Nothing(Project project) => null;
}
