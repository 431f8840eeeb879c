using Compose.Execution;
using Compose.Model;

namespace Compose.Images;

/// <summary>
/// Gets the images of <c>up</c>, <c>create</c> and <c>run</c> in place before their containers are planned: decides
/// (<see cref="ImageWorkPlanner"/>), then pulls in parallel, then builds in parallel (a build may start from a pulled
/// image). An image that can be built and fails to pull is built instead (or, when present, kept) with a warning.
/// The reconciler's observation that follows sees the new image ids and recreates exactly the containers using them.
/// </summary>
public sealed class ImagePreparer(ImageServices context)
{
    public async Task<ImageWork> PlanAsync(Project project, IEnumerable<string> services, ImageOptions options, CancellationToken cancellationToken)
    {
        var selected = services.ToList();
        var local = await context.InspectAsync(selected.Select(s => project.Services[s].ImageName(project.Name)), cancellationToken).ConfigureAwait(false);
        return ImageWorkPlanner.Plan(project, selected, local, options, context.Time.GetUtcNow());
    }

    public async Task ExecuteAsync(Project project, ImageWork work, ImageOptions options, CancellationToken cancellationToken)
    {
        if (work.IsEmpty)
        {
            return;
        }

        // Refusals (a driver that cannot build, build secrets, missing contexts) show before anything is pulled.
        if (work.Builds.Any())
        {
            await ImageBuilder.RequireBuildsAsync(context.Runtime, cancellationToken).ConfigureAwait(false);
        }

        var builds = work.Builds.Select(t => Prepare(project, t, options)).ToList();
        builds.AddRange(await PullAsync(project, [.. work.Pulls], options, cancellationToken).ConfigureAwait(false));
        var outcomes = await ParallelWork.RunAsync(builds, context.Parallelism, stopAfterFailure: true,
            (build, ct) => context.Builder.BuildAsync(build, options.BuildOverrides.Quiet, ct), cancellationToken).ConfigureAwait(false);
        ThrowFailures(outcomes.Where(o => o.Error is not null).Select(o => o.Error!.Message));
    }

    /// <summary>Pulls everything at once; returns the builds that replace failed pulls of buildable images.</summary>
    private async Task<List<PreparedBuild>> PullAsync(Project project, IReadOnlyList<ImageTask> pulls, ImageOptions options, CancellationToken cancellationToken)
    {
        var outcomes = await ParallelWork.RunAsync(pulls, context.Parallelism, stopAfterFailure: false,
            (task, ct) => context.Transfer.PullAsync(task.Reference, Platform(project, task), options.QuietPull, ct, fallback: task.Action == ImageAction.PullOrBuild), cancellationToken).ConfigureAwait(false);
        var fallbacks = new List<PreparedBuild>();
        var failures = new List<string>();
        foreach (var failed in outcomes.Where(o => o.Error is not null))
        {
            var task = failed.Item;
            if (task.Action != ImageAction.PullOrBuild)
            {
                failures.Add($"{failed.Error!.Message} (service {string.Join(", ", task.Services)})");
                continue;
            }

            var instead = task.Present ? "using the local image" : "building it";
            context.Progress.Report(ProgressEvent.Warning("Image", task.Reference, $"Pull failed, {instead}") with { Detail = failed.Error!.Message });
            if (!task.Present)
            {
                fallbacks.Add(Prepare(project, task, options));
            }
        }

        await context.RecordPullsAsync(outcomes.Where(o => o.Error is null).Select(o => o.Item.Reference), cancellationToken).ConfigureAwait(false);
        ThrowFailures(failures);
        return fallbacks;
    }

    private static PreparedBuild Prepare(Project project, ImageTask task, ImageOptions options) =>
        BuildSpecFactory.Prepare(project, project.Services[task.BuildService!], options.BuildOverrides);

    /// <summary>The platform the first service using the image asks for.</summary>
    private static string? Platform(Project project, ImageTask task) =>
        task.Services.Select(s => project.Services[s].Platform).FirstOrDefault(p => p is not null);

    private static void ThrowFailures(IEnumerable<string> failures)
    {
        var list = failures.ToList();
        if (list.Count > 0)
        {
            throw new ImageWorkException(list);
        }
    }
}
