using System.Collections.Immutable;
using Compose.Execution;
using Compose.Model;

namespace Compose.Images;

/// <summary>
/// <c>pull</c>: pulls the selected services' images (see <see cref="PullSelection"/>) all at once, up to the limit,
/// with per-layer progress. A failed pull of an image a service builds is a warning (build it instead); any other
/// failure fails the command after every pull has finished, unless failures are ignored.
/// </summary>
public sealed class ProjectPuller(ImageServices context)
{
    public async Task<(ImageWork Pulls, ImmutableSortedDictionary<string, string> Skipped)> PlanAsync(
        Project project, IEnumerable<string> services, PullOptions options, CancellationToken cancellationToken)
    {
        var selected = services.ToList();
        var local = await context.InspectAsync(selected.Select(s => project.Services[s].Image).OfType<string>(), cancellationToken).ConfigureAwait(false);
        return PullSelection.Select(project, selected, local, options, context.Time.GetUtcNow());
    }

    public async Task<PullSummary> PullAsync(Project project, IEnumerable<string> services, PullOptions options, CancellationToken cancellationToken)
    {
        var (work, skipped) = await PlanAsync(project, services, options, cancellationToken).ConfigureAwait(false);
        foreach (var (service, reason) in skipped)
        {
            Report(options, ProgressEvent.Done("Service", service, $"Skipped: {reason}"));
        }

        var outcomes = await ParallelWork.RunAsync([.. work.Tasks], context.Parallelism, stopAfterFailure: false,
            (task, ct) => context.Transfer.PullAsync(task.Reference, Platform(project, task), options.Quiet, ct, fallback: task.BuildService is not null), cancellationToken).ConfigureAwait(false);
        await context.RecordPullsAsync(outcomes.Where(o => o.Error is null).Select(o => o.Item.Reference), cancellationToken).ConfigureAwait(false);
        var failed = outcomes.Where(o => o.Error is not null).ToList();
        foreach (var buildable in failed.Where(o => o.Item.BuildService is not null))
        {
            Report(options, ProgressEvent.Warning("Image", buildable.Item.Reference, "Pull failed, build it instead") with { Detail = buildable.Error!.Message });
        }

        var mustBuild = failed.Where(o => o.Item.BuildService is not null).SelectMany(o => o.Item.Services).Order(StringComparer.Ordinal).ToImmutableArray();
        var errors = failed.Where(o => o.Item.BuildService is null).Select(o => $"{o.Error!.Message} (service {string.Join(", ", o.Item.Services)})").ToList();
        if (errors.Count > 0 && !options.IgnoreFailures)
        {
            throw new ImageWorkException(errors);
        }

        var warnings = errors.ToList();
        if (!mustBuild.IsEmpty)
        {
            warnings.Add($"Some service image(s) must be built from source by running: composectl build {string.Join(' ', mustBuild)}");
        }

        return new PullSummary([.. outcomes.Where(o => o.Error is null).Select(o => o.Result!)], [.. warnings], mustBuild);
    }

    private void Report(PullOptions options, ProgressEvent progressEvent)
    {
        if (!options.Quiet)
        {
            context.Progress.Report(progressEvent);
        }
    }

    private static string? Platform(Project project, ImageTask task) =>
        task.Services.Select(s => project.Services[s].Platform).FirstOrDefault(p => p is not null);
}
