using Compose.Cli.Rendering;
using Compose.Execution;
using Compose.Reconciling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;

namespace Compose.Cli.Commands.Reconcile;

/// <summary>
/// Runs the reconcile controller of the command's project under Microsoft.Extensions.Hosting until the command's
/// token is cancelled (Ctrl+C, SIGTERM). Under systemd the host's systemd lifetime tells systemd when it is ready
/// (<c>Type=notify</c>) and stopping; elsewhere the command owns the signals. Nothing is configured from files or
/// the environment through reflection: the host is built with its defaults off and its options passed explicitly.
/// </summary>
internal static class ReconcileHost
{
    public static Task RunAsync(CommandContext context, LoadedProject loaded, ReconcileControllerSettings settings, CancellationToken cancellationToken) =>
        RunAsync(context, new CliProjectSource(context, loaded), settings, cancellationToken);

    /// <param name="source">Reloads the project after edits; its first configuration is the one the command loaded.</param>
    public static async Task RunAsync(CommandContext context, CliProjectSource source, ReconcileControllerSettings settings, CancellationToken cancellationToken)
    {
        var loaded = source.Latest;
        var project = loaded.Project.Name;
        var json = context.Console.EffectiveProgress == ProgressMode.Json;
        var reporter = new ReconcileLines(context.Error, project, json, context.Time);
        // The live display of the first up has ended: the loop's steps are plain lines (or JSON), as long as it runs.
        var session = context.Session with { Progress = LoopProgress(context) };
        var controller = new ReconcileController(session, source, loaded, context.ProjectLocks.FilesOf(project), settings, reporter);
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "composectl",
            ContentRootPath = loaded.Project.WorkingDirectory,
        });
        builder.Services.AddSystemd();
        if (!SystemdHelpers.IsSystemdService())
        {
            builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        }

        builder.Services.AddHostedService(_ => controller);
        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
        if (controller.ExecuteTask is { IsFaulted: true } failed)
        {
            // The controller's own failure (another controller runs, the files cannot be watched) is the command's.
            await failed.ConfigureAwait(false);
        }
    }

    private static IProgressSink LoopProgress(CommandContext context) => context.Console.EffectiveProgress switch
    {
        ProgressMode.Json => new JsonProgressRenderer(context.Error, context.Time),
        ProgressMode.Quiet => new QuietProgressRenderer(context.Error),
        _ => new PlainProgressRenderer(context.Error),
    };
}
