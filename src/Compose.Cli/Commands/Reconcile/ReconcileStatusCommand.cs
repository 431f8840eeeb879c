using System.CommandLine;
using Compose.Errors;
using Compose.Loading;
using Compose.Reconciling;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// <c>reconcile status</c>: whether a controller runs for the project and, from the status file it keeps, when it
/// last converged, what it last did, and what it waits for. <c>--format json</c> prints the status file itself.
/// </summary>
internal sealed class ReconcileStatusCommand
{
    private readonly Option<string?> _format = new("--format") { Description = "Format output: text (default) or json", HelpName = "FORMAT" };

    public ReconcileStatusCommand()
    {
        _format.AcceptOnlyFromAmong("text", "json");
        Definition = new Command("status", "Show what the project's reconcile loop last did and what it waits for") { _format };
    }

    public Command Definition { get; }

    public async Task<int> ExecuteAsync(CommandContext context, ParseResult parseResult, CancellationToken cancellationToken)
    {
        var project = await ProjectNameAsync(context, cancellationToken).ConfigureAwait(false);
        var files = context.ProjectLocks.FilesOf(project);
        var running = ControllerRegistration.IsRunning(files);
        var status = StatusFile.Read(files.StatusFile);
        if (parseResult.GetValue(_format) == "json")
        {
            await context.Out.WriteLineAsync(running && File.Exists(files.StatusFile) ? (await File.ReadAllTextAsync(files.StatusFile, cancellationToken).ConfigureAwait(false)).Trim() : "null").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (!running || status is null)
        {
            var last = status is { LastConverged: { } converged } ? $" (the last one stopped; it had converged at {converged:yyyy-MM-dd HH:mm:ss}Z)" : "";
            await context.Out.WriteLineAsync($"No reconcile controller runs for project {project}{last}. Start one with 'composectl up --reconcile' or 'composectl reconcile install'.").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        await context.Out.WriteAsync(ReconcileStatusText.Full(status, context.Time.GetUtcNow())).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    /// <summary>
    /// The status matters most while an edit of the files does not load, so with <c>-p</c> a load error does not hide
    /// it (without <c>-p</c> the name may come from the broken file's <c>name:</c>, and the error stands).
    /// </summary>
    private static async Task<string> ProjectNameAsync(CommandContext context, CancellationToken cancellationToken)
    {
        try
        {
            return (await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false)).Name;
        }
        catch (ComposeException) when (context.LoadRequest.ProjectName is { Length: > 0 } name)
        {
            return ProjectNameResolver.Resolve(name, context.Environment.Variables, null, null, context.LoadRequest.WorkingDirectory);
        }
    }
}
