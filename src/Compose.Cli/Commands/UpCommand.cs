using System.CommandLine;
using Compose.Cli.Commands.Images;
using Compose.Cli.Commands.Lifecycle;
using Compose.Cli.Commands.Up;
using Compose.Cli.Commands.Watch;
using Compose.Execution.Waiting;
using Compose.Model;
using Compose.Planning;
using Compose.Watching;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>up</c>: one reconciliation pass (create what is missing, recreate what changed, start what is stopped), then,
/// unless detached, the attached services' output until they exit.
/// </summary>
public sealed class UpCommand : ICliCommand
{
    private readonly UpFlags _flags = new();
    private readonly UpAttachFlags _attach = new();
    private readonly Option<bool> _detach = new("--detach", "-d") { Description = "Detached mode: Run containers in the background" };
    private readonly Option<bool> _noStart = new("--no-start") { Description = "Don't start the services after creating them" };
    private readonly Option<bool> _wait = new("--wait") { Description = "Wait for services to be running|healthy. Implies detached mode." };
    private readonly Option<bool> _watch = new("--watch", "-w") { Description = "Watch source code and rebuild/refresh containers when files are updated." };
    private readonly Option<int?> _waitTimeout = new("--wait-timeout") { Description = "Maximum duration in seconds to wait for the project to be running|healthy (dependency waits included)" };

    public UpCommand()
    {
        Definition = new Command("up", "Create and start containers") { _detach, _noStart, _wait, _waitTimeout, _watch };
        _attach.AddTo(Definition);
        _flags.AddTo(Definition);
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var options = _flags.Parse(parseResult, context) with { NoStart = parseResult.GetValue(_noStart) };
        var wait = parseResult.GetValue(_wait);
        var detached = parseResult.GetValue(_detach) || wait || options.NoStart;
        _attach.Validate(parseResult, detached: parseResult.GetValue(_detach) || wait, noStart: options.NoStart, wait);
        var since = context.Time.GetUtcNow();
        // One deadline for every wait of this up (its dependency waits and --wait), counted from now.
        using var deadline = WaitDeadline.FromSeconds(parseResult.GetValue(_waitTimeout), context.Time);
        var project = (await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false)).Project;
        var selected = ServiceSelection.WithDependencies(project, options.Services, includeDependencies: !options.NoDeps);
        var settings = detached ? null : _attach.Settings(parseResult, project, options, selected);
        var watch = parseResult.GetValue(_watch) ? await WatchPlanAsync(context, project, selected, settings, options.NoStart, cancellationToken).ConfigureAwait(false) : null;
        // Images first: the observation the plan is made from then sees the new image ids and recreates their users.
        await ImageSteps.RunAsync(context, project, selected, _flags.Images.Parse(parseResult), cancellationToken).ConfigureAwait(false);
        var reconciler = context.Target();
        var plan = await reconciler.PlanUpAsync(project, options, cancellationToken).ConfigureAwait(false);
        if (context.DryRun)
        {
            return await PlanRunner.RunAsync(context, reconciler, plan, cancellationToken).ConfigureAwait(false);
        }

        await PlanRunner.WarnAsync(context, plan).ConfigureAwait(false);
        try
        {
            await reconciler.ExecuteAsync(plan, deadline, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (settings is not null && cancellationToken.IsCancellationRequested)
        {
            // Interrupted while starting in the foreground: what did start is stopped, as after the stack was up.
            await new AttachedSession(context, project, settings).StopOnInterruptAsync().ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }

        if (wait)
        {
            await reconciler.WaitForServicesAsync(project.Name, selected, deadline, cancellationToken).ConfigureAwait(false);
        }

        if (watch is not null)
        {
            return await UpWatch.RunAsync(context, project, watch, settings, _flags.Images.Parse(parseResult).BuildOverrides.Quiet, since, cancellationToken).ConfigureAwait(false);
        }

        return settings is null
            ? ExitCodes.Success
            : await new AttachedSession(context, project, settings).RunAsync(since, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>--watch</c>: its rules are checked before anything starts.</summary>
    private static async Task<WatchPlan> WatchPlanAsync(CommandContext context, Project project, IEnumerable<string> selected, AttachSettings? settings, bool noStart, CancellationToken cancellationToken)
    {
        UpWatch.Validate(settings, noStart);
        return await WatchRunner.PlanAsync(context, project, selected, cancellationToken).ConfigureAwait(false);
    }
}
