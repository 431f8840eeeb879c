using Compose.Operations.Up;
using Compose.Reconciling;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// <c>up --reconcile</c> once the first pass (the <c>up</c> itself) is done: attached, the services' output streams
/// while the loop runs, and Ctrl+C stops both and the stack, as an attached <c>up</c> does; with <c>-d --foreground</c>
/// the loop runs in the foreground until Ctrl+C (the stack keeps running); with <c>-d</c> alone the command ends here.
/// </summary>
internal static class UpReconcile
{
    public static async Task<int> RunAsync(CommandContext context, (LoadedProject Loaded, ReconcileControllerSettings Settings)? loop, AttachedUp? attached, DateTimeOffset since, CancellationToken interrupt)
    {
        if (loop is not { } running)
        {
            context.Session.Warn("--reconcile -d ran one pass; add --foreground to keep the loop running here, or use 'composectl reconcile install' for one that runs at boot.");
            return ExitCodes.Success;
        }

        context.EndProgress();
        if (attached is null)
        {
            await ReconcileHost.RunAsync(context, running.Loaded, running.Settings, interrupt).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var code = await ControllerAlongside.RunAsync(context, running.Loaded, running.Settings, () => attached.RunAsync(since, interrupt), interrupt).ConfigureAwait(false);
        return code ?? ExitCodes.Interrupted;
    }
}
