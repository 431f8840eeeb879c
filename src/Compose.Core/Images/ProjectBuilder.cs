using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Images;

/// <summary>
/// <c>build</c>: builds the image of every selected service that has a <c>build</c> section, once per image, in
/// parallel up to the limit; after the first failure no new build starts and every failure is reported.
/// </summary>
public sealed class ProjectBuilder(ImageServices context)
{
    /// <summary>The builds <see cref="BuildAsync"/> would run, for <c>--dry-run</c>.</summary>
    public static ImageWork Plan(Project project, IEnumerable<string> services)
    {
        var selected = services.ToList();
        return new ImageWork([.. ImageBuilders.Distinct(project, selected).Select(builder =>
        {
            var reference = project.Services[builder].ImageName(project.Name);
            var users = selected.Where(s => project.Services[s].ImageName(project.Name) == reference).Order(StringComparer.Ordinal);
            return new ImageTask(reference, ImageAction.Build, "build", [.. users], builder);
        })]);
    }

    /// <summary>Builds and returns each image's new id, by reference.</summary>
    public async Task<ImmutableSortedDictionary<string, string>> BuildAsync(Project project, IEnumerable<string> services, BuildOverrides overrides, CancellationToken cancellationToken)
    {
        var builds = Plan(project, services).Tasks.Select(t => BuildSpecFactory.Prepare(project, project.Services[t.BuildService!], overrides)).ToList();
        var outcomes = await ParallelWork.RunAsync(builds, context.Parallelism, stopAfterFailure: true,
            (build, ct) => context.Builder.BuildAsync(build, overrides.Quiet, ct), cancellationToken).ConfigureAwait(false);
        var failures = outcomes.Where(o => o.Error is not null).Select(o => o.Error!.Message).ToList();
        if (failures.Count > 0)
        {
            throw new ImageWorkException(failures);
        }

        return outcomes.Where(o => !o.Skipped).ToImmutableSortedDictionary(o => o.Item.Reference, o => o.Result!, StringComparer.Ordinal);
    }
}
