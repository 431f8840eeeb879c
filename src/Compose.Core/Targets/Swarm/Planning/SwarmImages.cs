using System.Collections.Immutable;
using Compose.Model;
using Compose.Runtime.Swarm;
using Compose.Targets.Swarm.Observing;

namespace Compose.Targets.Swarm.Planning;

/// <summary>
/// The image each service's tasks run: the tag pinned to the digest the registry reported, else (the tag unchanged)
/// the image the service already runs, so a registry that cannot be asked changes nothing; else the tag as written,
/// with a warning that nodes may then run different images under one tag, as docker stack warns.
/// </summary>
public static class SwarmImages
{
    public static ImmutableSortedDictionary<string, string> Choose(Project project, SwarmObserved observed, ICollection<string> warnings)
    {
        var images = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var service in project.Services.Values.Where(s => s.Image is not null))
        {
            images[service.Name] = Choose(service, observed, warnings);
        }

        return images.ToImmutable();
    }

    private static string Choose(Service service, SwarmObserved observed, ICollection<string> warnings)
    {
        var image = service.Image!;
        if (image.Contains('@', StringComparison.Ordinal))
        {
            return image;
        }

        if (observed.Digests.GetValueOrDefault(image) is { } digest)
        {
            return $"{image}@{digest}";
        }

        if (observed.Services.TryGetValue(SwarmNames.Scope(observed.Stack, service.Name), out var running)
            && running.Spec.Labels.GetValueOrDefault(SwarmLabels.Image) == image)
        {
            return running.Spec.Container.Image;
        }

        if (observed.Digests.ContainsKey(image))
        {
            warnings.Add($"image {image} could not be accessed on a registry to record its digest: each node uses the {image} it has, which may differ between nodes.");
        }

        return image;
    }

    /// <summary>Whether the rollout of <paramref name="spec"/> lets the swarm decide when it failed (and pause or roll back).</summary>
    public static bool SwarmJudgesFailures(SwarmServiceSpec spec, bool update) =>
        update && spec.UpdateConfig?.FailureAction is null or "pause" or "rollback";
}
