using Compose.Cli.Commands.Reconcile;
using Compose.Errors;
using Compose.Model;
using Compose.Operations.Up;
using Compose.Operations.Watch;
using Compose.Watching;

namespace Compose.Cli.Commands.Up;

/// <summary>
/// <c>up --watch</c> once the stack is up. Detached: watch in the foreground until Ctrl+C, which exits 0 and leaves
/// the containers running (as <c>watch</c>). Attached: the services' logs keep streaming while watching, and Ctrl+C
/// stops the stack and exits 130, as an attached <c>up</c> does. <c>--quiet-build</c> also quiets the rebuilds.
/// Meanwhile the reconcile controller follows the files (edits of the compose and env files are applied; with
/// <c>--heal</c> drift is healed too), unless another controller already does.
/// </summary>
internal static class UpWatch
{
    public static async Task<int> RunAsync(
        CommandContext context, Project project, WatchPlan plan, AttachedUp? attached, bool quietBuild, DateTimeOffset since,
        (Reconciling.LoadedProject Loaded, Reconciling.ReconcileControllerSettings Settings)? loop, CancellationToken interrupt)
    {
        context.EndProgress();
        if (loop is { } following)
        {
            var source = new CliProjectSource(context, following.Loaded);
            return await ControllerAlongside.RunAsync(context, source, following.Settings, () => RunAsync(context, () => source.Latest.Project, plan, attached, quietBuild, since, interrupt), interrupt).ConfigureAwait(false);
        }

        return await RunAsync(context, () => project, plan, attached, quietBuild, since, interrupt).ConfigureAwait(false);
    }

    /// <param name="current">The configuration in force, for rebuilds (reloaded after edits when the files are followed).</param>
    private static async Task<int> RunAsync(CommandContext context, Func<Project> current, WatchPlan plan, AttachedUp? attached, bool quietBuild, DateTimeOffset since, CancellationToken interrupt)
    {

        var watch = new WatchOperation(context.Session);
        if (attached is null)
        {
            await watch.RunAsync(current, plan, quietBuild, prune: false, context.Error, interrupt).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        using var stopWatching = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        var watching = watch.RunAsync(current, plan, quietBuild, prune: false, context.Error, stopWatching.Token);
        if (watching.IsFaulted)
        {
            // The watcher could not start (inotify limits): say so before attaching.
            await watching.ConfigureAwait(false);
        }

        try
        {
            return await attached.RunAsync(since, interrupt).ConfigureAwait(false) ?? ExitCodes.Interrupted;
        }
        finally
        {
            await stopWatching.CancelAsync().ConfigureAwait(false);
            await watching.ConfigureAwait(false);
        }
    }

    /// <summary>Abort rules end an attached <c>up</c> when a container exits, which a rebuild does on purpose.</summary>
    public static void Validate(AttachSettings? settings, bool noStart)
    {
        if (noStart)
        {
            throw new UsageException("--watch cannot be combined with --no-start: there would be no container to update");
        }

        if (settings is { Abort: not AbortMode.None })
        {
            throw new UsageException("--watch cannot be combined with --abort-on-container-exit, --abort-on-container-failure or --exit-code-from: a rebuild replaces containers on purpose");
        }
    }
}
