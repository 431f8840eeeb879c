using System.Collections.Immutable;
using Compose.Model;
using Compose.Observing;

namespace Compose.Reconciling;

/// <summary>
/// The replicas (<c>service:number</c>) the last pass saw, so the next can tell which containers vanished outside
/// composectl since: their services' <c>restart: true</c> dependents are restarted with the replacement. A pass that
/// succeeded sets the baseline to what exists after it (the plan may have removed replicas on purpose); a failed one
/// keeps it, so the retry still knows what vanished.
/// </summary>
public sealed class KnownReplicas
{
    private ImmutableHashSet<(string Service, int Number)>? _baseline;

    /// <summary>Services of <paramref name="project"/> with a replica that was there last time and is not now.</summary>
    public ImmutableSortedSet<string> Vanished(Project project, ObservedState observed)
    {
        if (_baseline is not { } baseline)
        {
            return ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
        }

        var now = Of(observed);
        return baseline.Except(now)
            .Where(r => project.Services.TryGetValue(r.Service, out var service) && r.Number <= service.Replicas)
            .Select(r => r.Service)
            .ToImmutableSortedSet(StringComparer.Ordinal);
    }

    /// <summary>What exists after a pass that succeeded.</summary>
    public void Baseline(ObservedState observed) => _baseline = Of(observed);

    /// <summary>A first observation becomes the baseline when there is none.</summary>
    public void Seen(ObservedState observed) => _baseline ??= Of(observed);

    private static ImmutableHashSet<(string, int)> Of(ObservedState observed) =>
        [.. observed.Containers
            .Where(c => !ContainerFacts.IsOneOff(c) && ContainerFacts.ServiceOf(c) is not null && ContainerFacts.NumberOf(c) > 0)
            .Select(c => (ContainerFacts.ServiceOf(c)!, ContainerFacts.NumberOf(c)))];
}
