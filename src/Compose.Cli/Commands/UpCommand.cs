using System.CommandLine;
using Compose.Cli.Commands.Lifecycle;
using Compose.Cli.Commands.Reconcile;
using Compose.Cli.Commands.Up;
using Compose.Cli.Rendering;
using Compose.Execution.Waiting;
using Compose.Model;
using Compose.Operations.Up;
using Compose.Operations.Watch;
using Compose.Planning;
using Compose.Watching;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>up</c>: one reconciliation pass (create what is missing, recreate what changed, start what is stopped), then,
/// unless detached, the attached services' output until they exit. With <c>--watch</c> the stack then follows its
/// files (and with <c>--heal</c> heals drift); with <c>--reconcile</c> the whole reconcile loop runs (docs/reconcile.md).
/// </summary>
public sealed class UpCommand : ICliCommand
{
    private readonly UpFlags _flags = new();
    private readonly UpAttachFlags _attach = new();
    private readonly LoopFlags _loop = new(forUp: true);
    private readonly Option<bool> _detach = new("--detach", "-d") { Description = "Detached mode: Run containers in the background" };
    private readonly Option<bool> _noStart = new("--no-start") { Description = "Don't start the services after creating them" };
    private readonly Option<bool> _wait = new("--wait") { Description = "Wait for services to be running|healthy. Implies detached mode." };
    private readonly Option<bool> _watch = new("--watch", "-w") { Description = "Watch source code and rebuild/refresh containers when files are updated." };
    private readonly Option<int?> _waitTimeout = SecondsOption.Create("--wait-timeout", null, "Maximum duration to wait for the project to be running|healthy (dependency waits included)");

    public UpCommand()
    {
        Definition = new Command("up", "Create and start containers") { _detach, _noStart, _wait, _waitTimeout, _watch };
        _attach.AddTo(Definition);
        _flags.AddTo(Definition);
        _loop.AddTo(Definition);
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
        _loop.Validate(parseResult, parseResult.GetValue(_watch), detached: parseResult.GetValue(_detach) || wait);
        var loadResult = await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false);
        var project = loadResult.Project;
        var reconcile = parseResult.GetValue(_loop.Reconcile);
        // Refused before anything starts when another controller follows the project (--watch then goes on without one).
        var loops = !context.DryRun && _loop.Runs(parseResult, parseResult.GetValue(_watch), detached) && ControllerAlongside.MayStart(context, project.Name, required: reconcile);
        var selected = ServiceSelection.WithDependencies(project, options.Services, includeDependencies: !options.NoDeps);
        var settings = detached ? null : _attach.Settings(parseResult, project, options, selected);
        var watch = parseResult.GetValue(_watch) ? await WatchPlanAsync(context, project, selected, settings, options.NoStart, cancellationToken).ConfigureAwait(false) : null;
        var request = new UpRequest
        {
            Options = options, Images = _flags.Images.Parse(parseResult), DryRun = context.DryRun, Wait = wait, Deadline = deadline,
            // In the foreground, Ctrl+C stops what this up started: its starts in flight must land first, to be seen.
            SecondInterrupt = settings is null ? null : context.SecondInterrupt,
        };
        UpResult result;
        try
        {
            result = await new UpOperation(context.Session).RunAsync(project, request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (settings is not null && cancellationToken.IsCancellationRequested)
        {
            // Interrupted while starting in the foreground: what did start is stopped, as after the stack was up.
            context.EndProgress();
            await Attached(context, project, settings).StopOnInterruptAsync().ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }

        if (context.DryRun)
        {
            context.Session.WarnAbout(result.Plan);
            await context.Out.WriteAsync(result.ToText()).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var loop = loops ? (CliProjectSource.Of(loadResult, context.LoadRequest), _loop.Settings(parseResult, options, request.Images)) : default((Reconciling.LoadedProject, Reconciling.ReconcileControllerSettings)?);
        if (watch is not null)
        {
            return await UpWatch.RunAsync(context, project, watch, settings is null ? null : Attached(context, project, settings with { UntilInterrupted = true }),
                request.Images.BuildOverrides.Quiet, since, loop, cancellationToken).ConfigureAwait(false);
        }

        if (reconcile)
        {
            return await UpReconcile.RunAsync(context, loop, settings is null ? null : Attached(context, project, settings with { UntilInterrupted = true }), since, cancellationToken).ConfigureAwait(false);
        }

        if (settings is null)
        {
            return ExitCodes.Success;
        }

        context.EndProgress();
        return await Attached(context, project, settings).RunAsync(since, cancellationToken).ConfigureAwait(false) ?? ExitCodes.Interrupted;
    }

    /// <summary>The attached half of this up: the services' output in their colours, status lines on stderr.</summary>
    internal static AttachedUp Attached(CommandContext context, Project project, AttachSettings settings)
    {
        var colors = settings.NoColor ? ServiceColors.Disabled : context.ColorsFor(project.Services.Keys);
        var output = new AttachedUpOutput(new LogPrefixer(colors, !settings.NoLogPrefix, settings.Timestamps), colors, context.Out, context.Error);
        return new AttachedUp(context.Session, project, settings, output, context.SecondInterrupt);
    }

    /// <summary><c>--watch</c>: its rules are checked before anything starts.</summary>
    private static Task<WatchPlan> WatchPlanAsync(CommandContext context, Project project, IEnumerable<string> selected, AttachSettings? settings, bool noStart, CancellationToken cancellationToken)
    {
        UpWatch.Validate(settings, noStart);
        return new WatchOperation(context.Session).PlanAsync(project, selected, cancellationToken);
    }
}
