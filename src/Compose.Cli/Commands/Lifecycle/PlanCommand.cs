using System.CommandLine;
using Compose.Operations.Down;
using Compose.Operations.Up;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary>
/// <c>plan [up|down|deploy] [FLAGS] [SERVICE...]</c>: print the steps <c>up</c> (the default), <c>down</c> or <c>deploy --to swarm</c> (also <c>plan --to swarm</c>) would take with
/// these flags, one line per engine call, and change nothing. Images <c>up</c> would pull or build come first, one
/// line each (<c>image:demo-web, BuildImage, not present locally (web)</c>).
/// </summary>
public sealed class PlanCommand : ICliCommand
{
    private readonly UpFlags _up = new();
    private readonly UpFlags _upDefault = new();
    private readonly DownFlags _down = new();
    private readonly Option<bool> _noStart = new("--no-start") { Description = "Plan without starting the services" };
    private readonly Command _upCommand = new("up", "The plan of 'up' with these flags");
    private readonly Command _downCommand = new("down", "The plan of 'down' with these flags");
    private readonly Swarm.DeployFlags _deploy = new();
    private readonly Command _deployCommand = new("deploy", "The plan of 'deploy --to swarm' with these flags") { new Argument<string?>("STACK") { Arity = ArgumentArity.ZeroOrOne } };
    private readonly Option<string?> _to = Swarm.SwarmTargetOption.Create();

    public PlanCommand()
    {
        _up.AddTo(_upCommand);
        _upCommand.Add(_noStart);
        _down.AddTo(_downCommand);
        _deploy.AddTo(_deployCommand);
        Definition = new Command("plan", "Print the steps up (or down, or deploy) would take, and change nothing") { _upCommand, _downCommand, _deployCommand, _to };
        _upDefault.AddTo(Definition);
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        if (parseResult.CommandResult.Command == _deployCommand || parseResult.GetValue(_to) is not null)
        {
            var stack = parseResult.CommandResult.Command == _deployCommand ? parseResult.GetValue((Argument<string?>)_deployCommand.Arguments[0]) : null;
            return await Swarm.DeployCommand.RunAsync(context, parseResult, _deploy, stack, cancellationToken, printOnly: true).ConfigureAwait(false);
        }

        Plan plan;
        var images = "";
        if (parseResult.CommandResult.Command == _downCommand)
        {
            var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
            plan = await new DownOperation(context.Session).PlanAsync(scope, _down.Parse(parseResult, context), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var flags = parseResult.CommandResult.Command == _upCommand ? _up : _upDefault;
            var options = flags.Parse(parseResult, context) with { NoStart = parseResult.CommandResult.Command == _upCommand && parseResult.GetValue(_noStart) };
            var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
            var result = await new UpOperation(context.Session).PlanAsync(project, new UpRequest { Options = options, Images = flags.Images.Parse(parseResult) }, cancellationToken).ConfigureAwait(false);
            (plan, images) = (result.Plan, result.Images.ToText());
        }

        context.Session.WarnAbout(plan);
        await context.Out.WriteAsync(images + plan.ToText()).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
