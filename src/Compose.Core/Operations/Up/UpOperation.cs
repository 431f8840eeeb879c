using Compose.Execution;
using Compose.Images;
using Compose.Model;
using Compose.Planning;

namespace Compose.Operations.Up;

/// <summary>
/// <c>up</c>, <c>create</c> and <c>scale</c>: one reconciliation pass. Images come first (pulled or built per the
/// pull policies and flags), so the observation the plan is made from sees the new image ids and recreates exactly
/// their users; then observe → plan → execute, then <c>--wait</c>.
/// </summary>
public sealed class UpOperation(ComposeSession session)
{
    public async Task<UpResult> RunAsync(Project project, UpRequest request, CancellationToken cancellationToken)
    {
        // The whole pass under the project's lock, images included: two runs at once would both build and both create.
        await using var held = request.DryRun
            ? null
            : await session.LockAsync(project.Name, request.Verb, Locking.LockIntent.Resume, request.Options.Services, cancellationToken).ConfigureAwait(false);
        var selected = ServiceSelection.WithDependencies(project, request.Options.Services, includeDependencies: !request.Options.NoDeps);
        var images = await PrepareImagesAsync(project, selected, request, cancellationToken).ConfigureAwait(false);
        var target = session.Target();
        var plan = await target.PlanUpAsync(project, request.Options, cancellationToken).ConfigureAwait(false);
        if (request.DryRun)
        {
            return new UpResult(images, plan);
        }

        session.WarnAbout(plan);
        await target.ExecuteAsync(plan, request.Deadline, new StepResults(), request.SecondInterrupt, cancellationToken).ConfigureAwait(false);
        if (request.Wait)
        {
            await target.WaitForServicesAsync(project.Name, WaitConditions.For(project, selected), request.Deadline, cancellationToken).ConfigureAwait(false);
        }

        return new UpResult(images, plan);
    }

    /// <summary>What <c>up</c> would do with these options, nothing changed (<c>composectl plan</c>).</summary>
    public Task<UpResult> PlanAsync(Project project, UpRequest request, CancellationToken cancellationToken) =>
        RunAsync(project, request with { DryRun = true }, cancellationToken);

    /// <summary>Pulls and builds what the flags and pull policies ask for (dry: decides only).</summary>
    private async Task<ImageWork> PrepareImagesAsync(Project project, IEnumerable<string> services, UpRequest request, CancellationToken cancellationToken)
    {
        if (!request.PrepareImages)
        {
            return ImageWork.None;
        }

        var preparer = new ImagePreparer(session.Images());
        var work = await preparer.PlanAsync(project, services, request.Images, cancellationToken).ConfigureAwait(false);
        if (!request.DryRun)
        {
            await preparer.ExecuteAsync(project, work, request.Images, cancellationToken).ConfigureAwait(false);
        }

        return work;
    }
}
