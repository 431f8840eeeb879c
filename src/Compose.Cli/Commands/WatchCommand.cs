using System.CommandLine;
using Compose.Cli.Commands.Reconcile;
using Compose.Images;
using Compose.Operations.Up;
using Compose.Operations.Watch;
using Compose.Planning;

namespace Compose.Cli.Commands;

/// <summary>
/// <c>watch [SERVICE...]</c>: brings the services up (unless <c>--no-up</c>), then acts on their
/// <c>develop.watch</c> rules as files change (sync, restart, sync+exec, rebuild) until Ctrl+C, which exits 0 and
/// leaves the containers running. Meanwhile edits of the compose and env files are applied (the reconcile loop's
/// file-following half), and with <c>--heal</c> drift is healed too (docs/reconcile.md).
/// </summary>
public sealed class WatchCommand : ICliCommand
{
    private readonly Option<bool> _noUp = new("--no-up") { Description = "Do not build & start services before watching" };
    private readonly Option<bool> _prune = new("--prune") { Description = "Prune dangling images on rebuild" };
    private readonly Option<bool> _quiet = new("--quiet") { Description = "Hide build output" };
    private readonly Argument<string[]> _services = ServiceArguments.Create();
    private readonly LoopFlags _loop = new(forUp: false);

    public WatchCommand()
    {
        Definition = new Command("watch", "Watch build context for service and rebuild/refresh containers when files are updated") { _noUp, _prune, _quiet, _services };
        _loop.AddTo(Definition);
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        _loop.Validate(parseResult, watch: true, detached: true);
        var loadResult = await context.LoadProjectAsync(cancellationToken).ConfigureAwait(false);
        var project = loadResult.Project;
        var named = parseResult.GetValue(_services) ?? [];
        var watched = named.Length > 0 ? ServiceSelection.WithDependencies(project, named, includeDependencies: false) : [.. project.Services.Keys];
        var watch = new WatchOperation(context.Session);
        // The rules are checked before anything starts, so a mistake costs nothing.
        var plan = await watch.PlanAsync(project, watched, cancellationToken).ConfigureAwait(false);
        var quiet = parseResult.GetValue(_quiet);
        if (!parseResult.GetValue(_noUp))
        {
            // An up -d of the services and their dependencies, images built or pulled as up does.
            var options = new UpOptions { Services = [.. named], IgnoreOrphans = context.IgnoreOrphans, RemoveOrphans = context.RemoveOrphans };
            var images = ImageOptions.Default with { BuildOverrides = BuildOverrides.None with { Quiet = quiet } };
            await new UpOperation(context.Session).RunAsync(project, new UpRequest { Options = options, Images = images }, cancellationToken).ConfigureAwait(false);
        }

        // The live progress display ends here; watch messages follow as plain lines.
        context.EndProgress();
        var prune = parseResult.GetValue(_prune);
        if (!ControllerAlongside.MayStart(context, project.Name, required: false))
        {
            await watch.RunAsync(project, plan, quiet, prune, context.Error, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var upOptions = new UpOptions { Services = [.. named], IgnoreOrphans = context.IgnoreOrphans, RemoveOrphans = context.RemoveOrphans };
        var source = new CliProjectSource(context, CliProjectSource.Of(loadResult, context.LoadRequest));
        var settings = _loop.Settings(parseResult, upOptions, ImageOptions.Default with { BuildOverrides = BuildOverrides.None with { Quiet = quiet } });
        return await ControllerAlongside.RunAsync(context, source, settings, async () =>
        {
            await watch.RunAsync(() => source.Latest.Project, plan, quiet, prune, context.Error, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken).ConfigureAwait(false);
    }
}
