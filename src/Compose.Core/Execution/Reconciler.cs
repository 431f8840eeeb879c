using Compose.Model;
using Compose.Planning;
using Compose.Runtime;

namespace Compose.Execution;

/// <summary>
/// The façade the CLI calls: one pass of snapshot → plan → execute. Running a pass twice gives an empty plan.
/// </summary>
public sealed class Reconciler(IContainerRuntime runtime, IProgressSink progress, int? maxParallelism = null)
{
    public async Task<ObservedState> ObserveAsync(string projectName, CancellationToken cancellationToken)
    {
        var snapshot = await runtime.SnapshotAsync(LabelFilter.Of(ComposeLabels.Project, projectName), cancellationToken).ConfigureAwait(false);
        return ObservedState.From(projectName, snapshot);
    }

    public async Task<Plan> PlanUpAsync(Project project, UpOptions options, CancellationToken cancellationToken) =>
        Planner.PlanUp(project, await ObserveAsync(project.Name, cancellationToken).ConfigureAwait(false), options);

    public async Task<Plan> PlanDownAsync(Project project, DownOptions options, CancellationToken cancellationToken) =>
        Planner.PlanDown(project, await ObserveAsync(project.Name, cancellationToken).ConfigureAwait(false), options);

    public async Task<Plan> UpAsync(Project project, UpOptions options, CancellationToken cancellationToken)
    {
        var plan = await PlanUpAsync(project, options, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan;
    }

    public async Task<Plan> DownAsync(Project project, DownOptions options, CancellationToken cancellationToken)
    {
        var plan = await PlanDownAsync(project, options, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(plan, cancellationToken).ConfigureAwait(false);
        return plan;
    }

    public Task ExecuteAsync(Plan plan, CancellationToken cancellationToken) =>
        new PlanExecutor(runtime, progress, maxParallelism).ExecuteAsync(plan, cancellationToken);
}
