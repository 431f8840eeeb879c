using Compose.Model;
using Compose.Observing;
using Compose.Targets.Engine;

namespace Compose.Operations.Lifecycle;

/// <summary>
/// The project a command that acts on what exists works on, with what exists of it: from the compose files when there
/// are some, else (with <c>-p NAME</c> or <c>COMPOSE_PROJECT_NAME</c>) rebuilt from the resources' labels.
/// </summary>
internal static class ProjectTarget
{
    public static async Task<(Project Project, ObservedState Observed)> ObserveAsync(EngineTarget target, ProjectScope scope, CancellationToken cancellationToken)
    {
        if (scope.Model is { } model)
        {
            return (model, await target.ObserveAsync(model, cancellationToken).ConfigureAwait(false));
        }

        var observed = await target.ObserveAsync(scope.Name, cancellationToken).ConfigureAwait(false);
        return (LabelProject.From(observed), observed);
    }
}
