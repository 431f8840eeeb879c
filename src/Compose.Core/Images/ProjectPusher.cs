using System.Collections.Immutable;
using Compose.Execution;
using Compose.Model;

namespace Compose.Images;

/// <summary>
/// <c>push</c>: pushes the image (and the extra <c>build.tags</c>) of every selected service that builds a named
/// image, as docker compose does, all at once up to the limit; each tag once. Failures fail the command after every
/// push has finished, or are warnings with <c>--ignore-push-failures</c>.
/// </summary>
public sealed class ProjectPusher(ImageServices context)
{
    /// <summary>Each tag to push with the services it belongs to, and the services skipped (nothing of theirs to push).</summary>
    public static (ImmutableSortedDictionary<string, ImmutableArray<string>> Tags, ImmutableArray<string> Skipped) Select(Project project, IEnumerable<string> services)
    {
        var tags = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var skipped = new List<string>();
        foreach (var name in services.Order(StringComparer.Ordinal))
        {
            var service = project.Services[name];
            if (service.Build is null || service.Image is null)
            {
                skipped.Add(name);
                continue;
            }

            foreach (var tag in service.Build.Tags.Prepend(service.Image))
            {
                (tags.TryGetValue(tag, out var users) ? users : tags[tag] = []).Add(name);
            }
        }

        return (tags.ToImmutableSortedDictionary(t => t.Key, t => t.Value.ToImmutableArray(), StringComparer.Ordinal), [.. skipped]);
    }

    /// <summary>Pushes; returns the warnings of ignored failures.</summary>
    public async Task<ImmutableArray<string>> PushAsync(Project project, IEnumerable<string> services, bool ignoreFailures, bool quiet, CancellationToken cancellationToken)
    {
        var (tags, skipped) = Select(project, services);
        foreach (var service in skipped.Where(_ => !quiet))
        {
            context.Progress.Report(ProgressEvent.Done("Service", service, "Skipped: no image to push (it needs both image and build)"));
        }

        var outcomes = await ParallelWork.RunAsync([.. tags], context.Parallelism, stopAfterFailure: false,
            (tag, ct) => context.Transfer.PushAsync(tag.Key, quiet, ct), cancellationToken).ConfigureAwait(false);
        var failures = outcomes.Where(o => o.Error is not null).Select(o => $"{o.Error!.Message} (service {string.Join(", ", o.Item.Value)})").ToList();
        if (failures.Count > 0 && !ignoreFailures)
        {
            throw new ImageWorkException(failures);
        }

        return [.. failures];
    }
}
