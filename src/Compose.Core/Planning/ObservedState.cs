using System.Collections.Immutable;
using System.Globalization;
using Compose.Runtime;

namespace Compose.Planning;

/// <summary>What exists on the engine for one project, indexed the way the planner asks: from one snapshot.</summary>
public sealed class ObservedState
{
    private ObservedState(
        string project,
        ImmutableArray<ContainerInfo> containers,
        ImmutableDictionary<string, NetworkInfo> networks,
        ImmutableDictionary<string, VolumeInfo> volumes)
    {
        Project = project;
        Containers = containers;
        NetworksByName = networks;
        VolumesByName = volumes;
    }

    public string Project { get; }

    /// <summary>Every container of the project, one-off ones included, ordered by name.</summary>
    public ImmutableArray<ContainerInfo> Containers { get; }

    public ImmutableDictionary<string, NetworkInfo> NetworksByName { get; }

    public ImmutableDictionary<string, VolumeInfo> VolumesByName { get; }

    public static ObservedState Empty(string project) => From(project, RuntimeSnapshot.Empty);

    public static ObservedState From(string project, RuntimeSnapshot snapshot) => new(
        project,
        [.. snapshot.Containers.OrderBy(c => c.Name, StringComparer.Ordinal)],
        snapshot.Networks.ToImmutableDictionary(n => n.Name, StringComparer.Ordinal),
        snapshot.Volumes.ToImmutableDictionary(v => v.Name, StringComparer.Ordinal));

    /// <summary>The service's (not one-off) containers, by container number.</summary>
    public ImmutableSortedDictionary<int, ContainerInfo> ServiceContainers(string service) =>
        Containers
            .Where(c => c.Label(ComposeLabels.Service) == service && !IsOneOff(c))
            .Select(c => (Number: ContainerNumber(c), Container: c))
            .Where(x => x.Number > 0)
            .GroupBy(x => x.Number)
            .ToImmutableSortedDictionary(g => g.Key, g => g.First().Container);

    /// <summary>Names of services that have containers but are not in <paramref name="known"/>.</summary>
    public IEnumerable<ContainerInfo> Orphans(IReadOnlySet<string> known) =>
        Containers.Where(c => !IsOneOff(c) && c.Label(ComposeLabels.Service) is { } s && !known.Contains(s));

    public static bool IsOneOff(ContainerInfo container) =>
        string.Equals(container.Label(ComposeLabels.OneOff), ComposeLabels.True, StringComparison.OrdinalIgnoreCase);

    public static int ContainerNumber(ContainerInfo container) =>
        int.TryParse(container.Label(ComposeLabels.ContainerNumber), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
