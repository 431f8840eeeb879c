using Compose.Reconciling;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// Runs the reconcile controller beside a command's foreground work (an attached <c>up</c>'s logs, a watch) and
/// stops it when that work ends. A controller that fails while the work goes on says why and leaves the work alone.
/// </summary>
internal static class ControllerAlongside
{
    public static Task<T> RunAsync<T>(CommandContext context, LoadedProject loaded, ReconcileControllerSettings settings, Func<Task<T>> foreground, CancellationToken interrupt) =>
        RunAsync(context, new CliProjectSource(context, loaded), settings, foreground, interrupt);

    /// <param name="source">Shared with the foreground work, which may read the configuration in force from it.</param>
    public static async Task<T> RunAsync<T>(CommandContext context, CliProjectSource source, ReconcileControllerSettings settings, Func<Task<T>> foreground, CancellationToken interrupt)
    {
        var loaded = source.Latest;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(interrupt);
        var controller = ReconcileHost.RunAsync(context, source, settings, stop.Token);
        var reported = controller.ContinueWith(
            t => context.Error.WriteLine($"reconcile {loaded.Project.Name}: the loop stopped: {t.Exception?.GetBaseException().Message}"),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
        try
        {
            return await foreground().ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(controller, reported).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Whether this command may start a controller: not when one already runs for the project (another terminal,
    /// an installed unit); <paramref name="required"/> makes that an error, else a warning and no loop.
    /// </summary>
    public static bool MayStart(CommandContext context, string project, bool required)
    {
        var files = context.ProjectLocks.FilesOf(project);
        if (!ControllerRegistration.IsRunning(files))
        {
            return true;
        }

        var pid = StatusFile.Read(files.StatusFile)?.Pid;
        var message = $"a reconcile controller already runs for project {project}{(pid is { } p ? $" (pid {p})" : "")}";
        if (required)
        {
            throw new Errors.ComposeException($"{message}; stop it first, or see what it does with 'composectl reconcile status'.");
        }

        context.Session.Warn($"{message}: it follows the files; this command does not.");
        return false;
    }
}
