using System.CommandLine;
using Compose.Cli.Commands.Images;
using Compose.Planning;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary>
/// <c>plan [up|down] [FLAGS] [SERVICE...]</c>: print the steps <c>up</c> (the default) or <c>down</c> would take with
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

    public PlanCommand()
    {
        _up.AddTo(_upCommand);
        _upCommand.Add(_noStart);
        _down.AddTo(_downCommand);
        Definition = new Command("plan", "Print the steps up (or down) would take, and change nothing") { _upCommand, _downCommand };
        _upDefault.AddTo(Definition);
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var reconciler = context.Target();
        Plan plan;
        if (parseResult.CommandResult.Command == _downCommand)
        {
            var (project, observed) = await LifecycleTarget.ResolveAsync(context, reconciler, cancellationToken).ConfigureAwait(false);
            plan = Planner.PlanDown(project, observed, _down.Parse(parseResult, context));
        }
        else
        {
            var flags = parseResult.CommandResult.Command == _upCommand ? _up : _upDefault;
            var options = flags.Parse(parseResult, context) with { NoStart = parseResult.CommandResult.Command == _upCommand && parseResult.GetValue(_noStart) };
            var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
            var selected = ServiceSelection.WithDependencies(project, options.Services, includeDependencies: !options.NoDeps);
            await ImageSteps.PrintAsync(context, project, selected, flags.Images.Parse(parseResult), cancellationToken).ConfigureAwait(false);
            plan = await reconciler.PlanUpAsync(project, options, cancellationToken).ConfigureAwait(false);
        }

        await PlanRunner.WarnAsync(context, plan).ConfigureAwait(false);
        await context.Out.WriteAsync(plan.ToText()).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
