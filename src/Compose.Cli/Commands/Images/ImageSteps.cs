using Compose.Images;
using Compose.Model;

namespace Compose.Cli.Commands.Images;

/// <summary>
/// The image step of <c>up</c>, <c>create</c> and <c>run</c>, before their containers are planned: pulls and builds
/// what the flags and pull policies ask for, or, with <c>--dry-run</c>, prints one line per image instead.
/// </summary>
internal static class ImageSteps
{
    public static async Task RunAsync(CommandContext context, Project project, IEnumerable<string> services, ImageOptions options, CancellationToken cancellationToken)
    {
        var preparer = new ImagePreparer(context.Images());
        var work = await preparer.PlanAsync(project, services, options, cancellationToken).ConfigureAwait(false);
        if (context.DryRun)
        {
            await context.Out.WriteAsync(work.ToText()).ConfigureAwait(false);
            return;
        }

        await preparer.ExecuteAsync(project, work, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Prints the lines <see cref="RunAsync"/> would act on, for <c>composectl plan</c>.</summary>
    public static async Task PrintAsync(CommandContext context, Project project, IEnumerable<string> services, ImageOptions options, CancellationToken cancellationToken)
    {
        var work = await new ImagePreparer(context.Images()).PlanAsync(project, services, options, cancellationToken).ConfigureAwait(false);
        await context.Out.WriteAsync(work.ToText()).ConfigureAwait(false);
    }

    /// <summary>Warnings as the other commands print them.</summary>
    public static async Task WarnAsync(CommandContext context, IEnumerable<string> warnings)
    {
        foreach (var warning in warnings)
        {
            await context.Error.WriteLineAsync($"WARN[0000] {warning}").ConfigureAwait(false);
        }
    }
}
