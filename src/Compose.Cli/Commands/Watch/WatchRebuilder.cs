using Compose.Cli.Rendering;
using Compose.Model;
using Compose.Watching;

namespace Compose.Cli.Commands.Watch;

/// <summary>A watch <c>rebuild</c> with a progress display of its own (the one of the initial <c>up</c> has finished).</summary>
internal sealed class WatchRebuilder(CommandContext context, Project project, bool quiet, bool prune) : IServiceRebuilder
{
    public async Task RebuildAsync(IReadOnlyList<string> services, CancellationToken cancellationToken)
    {
        var progress = ProgressRendererFactory.Create(context.Console, context.Environment);
        try
        {
            var images = context.Images() with { Progress = progress };
            await new ServiceRebuilder(project, images, quiet, prune).RebuildAsync(services, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            (progress as IDisposable)?.Dispose();
        }
    }
}
