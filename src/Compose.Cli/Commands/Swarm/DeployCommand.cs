using System.CommandLine;
using Compose.Errors;

namespace Compose.Cli.Commands.Swarm;

/// <summary>
/// <c>deploy --to swarm [STACK]</c>: what <c>docker stack deploy -c compose.yaml STACK</c> does, through the engine's
/// Swarm API: networks, versioned secrets and configs, then every service whose spec changed (the others are left
/// alone), each followed until its tasks run. <c>--dry-run</c> (or <c>plan --to swarm</c>) prints the plan instead.
/// </summary>
public sealed class DeployCommand : ICliCommand
{
    private readonly DeployFlags _flags = new();
    private readonly Argument<string?> _stack = new("STACK") { Description = "The stack's name (default: the project's name)", Arity = ArgumentArity.ZeroOrOne };

    public DeployCommand()
    {
        Definition = new Command("deploy", "Deploy the project to a cluster engine as a stack (--to swarm)") { _stack };
        _flags.AddTo(Definition);
    }

    public Command Definition { get; }

    public Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (parseResult.GetValue(_flags.To) is null)
        {
            throw new UsageException("deploy needs a target: --to swarm (Kubernetes manifests come from convert --to kubernetes).");
        }

        return RunAsync(context, parseResult, _flags, parseResult.GetValue(_stack), cancellationToken);
    }

    /// <summary>The plan of a deploy, run or (dry run) printed; <c>plan --to swarm</c> comes here with dry run forced.</summary>
    internal static async Task<int> RunAsync(CommandContext context, ParseResult parseResult, DeployFlags flags, string? stack, CancellationToken cancellationToken, bool printOnly = false)
    {
        var loaded = await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false);
        var name = stack is { Length: > 0 } ? SwarmSession.Validate(stack) : loaded.Project.Name;
        await using var session = new SwarmSession(context, parseResult.GetValue(flags.WithRegistryAuth));
        var plan = await session.Stack.PlanDeployAsync(loaded.Project, name, flags.Resolution(parseResult), flags.Options(parseResult, loaded), cancellationToken).ConfigureAwait(false);
        if (printOnly)
        {
            await SwarmPlanOutput.WarnAsync(context, plan).ConfigureAwait(false);
            await context.Out.WriteAsync(plan.ToText()).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        return await SwarmPlanOutput.RunAsync(context, session, plan, cancellationToken).ConfigureAwait(false);
    }
}
