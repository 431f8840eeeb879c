using Compose.Execution;
using Compose.Model;
using Compose.Observing;
using Compose.Planning;
using Compose.Targets.Engine;

namespace Compose.Cli.Commands.Lifecycle;

/// <summary>
/// The project a lifecycle command acts on, with what exists of it: from the compose files when there are some,
/// else (with <c>-p NAME</c> or <c>COMPOSE_PROJECT_NAME</c>) rebuilt from the resources' labels.
/// </summary>
internal static class LifecycleTarget
{
    public static async Task<(Project Project, ObservedState Observed)> ResolveAsync(CommandContext context, EngineTarget reconciler, CancellationToken cancellationToken)
    {
        var scope = await context.ResolveProjectAsync(cancellationToken).ConfigureAwait(false);
        if (scope.Model is { } model)
        {
            return (model, await reconciler.ObserveAsync(model, cancellationToken).ConfigureAwait(false));
        }

        var observed = await reconciler.ObserveAsync(scope.Name, cancellationToken).ConfigureAwait(false);
        return (LabelProject.From(observed), observed);
    }
}
