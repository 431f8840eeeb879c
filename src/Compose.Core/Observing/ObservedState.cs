using System.Collections.Immutable;
using Compose.Runtime;

namespace Compose.Observing;

/// <summary>
/// What exists for one project, taken before planning: the engine's resources carrying the project label (one
/// snapshot), the current id of each image the services use, which external networks and volumes exist, and the
/// digests of the secret and config contents containers receive. Plain data: the planner reads it and never asks
/// the engine or the file system anything.
/// </summary>
public sealed record ObservedState
{
    public required string Project { get; init; }

    /// <summary>Every container of the project, one-off ones included, ordered by name.</summary>
    public ImmutableArray<ContainerInfo> Containers { get; init; } = [];

    /// <summary>The project's networks by name; of several with one name (see <see cref="DuplicateNetworks"/>), the one with the lowest id.</summary>
    public ImmutableDictionary<string, NetworkInfo> NetworksByName { get; init; } = ImmutableDictionary<string, NetworkInfo>.Empty;

    /// <summary>
    /// Networks that share a name with one in <see cref="NetworksByName"/>. The engine allows it (two <c>up</c>s that
    /// raced, or a network created through the API without its duplicate check); <c>down</c> removes every one, and
    /// <c>up</c> removes the extras, since a container cannot join a network whose name is ambiguous.
    /// </summary>
    public ImmutableArray<NetworkInfo> DuplicateNetworks { get; init; } = [];

    public ImmutableDictionary<string, VolumeInfo> VolumesByName { get; init; } = ImmutableDictionary<string, VolumeInfo>.Empty;

    /// <summary>Image reference (as the service names it) → the id the engine has for it now; absent when not present locally.</summary>
    public ImmutableSortedDictionary<string, string> ImageIds { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>Engine names of the external networks that exist (external resources carry no project label).</summary>
    public ImmutableSortedSet<string> ExternalNetworks { get; init; } = ImmutableSortedSet<string>.Empty;

    public ImmutableSortedSet<string> ExternalVolumes { get; init; } = ImmutableSortedSet<string>.Empty;

    /// <summary>
    /// <c>secret:NAME</c> / <c>config:NAME</c> → SHA-256 of the content a container receives (file, inline content or
    /// variable), so that editing a secret's file recreates the containers using it. See <see cref="ServiceContents"/>.
    /// </summary>
    public ImmutableSortedDictionary<string, string> ContentDigests { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>What the driver can do: the planner refuses, before any call, a plan that needs what it cannot.</summary>
    public RuntimeCapabilities Capabilities { get; init; } = RuntimeCapabilities.Docker;

    public static ObservedState Empty(string project) => From(project, RuntimeSnapshot.Empty);

    public static ObservedState From(string project, RuntimeSnapshot snapshot)
    {
        var networks = snapshot.Networks.GroupBy(n => n.Name, StringComparer.Ordinal)
            .Select(g => g.OrderBy(n => n.Id, StringComparer.Ordinal).ToList())
            .ToList();
        return new()
        {
            Project = project,
            Containers = [.. snapshot.Containers.OrderBy(c => c.Name, StringComparer.Ordinal)],
            NetworksByName = networks.ToImmutableDictionary(g => g[0].Name, g => g[0], StringComparer.Ordinal),
            DuplicateNetworks = [.. networks.SelectMany(g => g.Skip(1)).OrderBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal)],
            // Volumes are keyed by name in the engine itself: two cannot share one.
            VolumesByName = snapshot.Volumes.ToImmutableDictionary(v => v.Name, StringComparer.Ordinal),
        };
    }

    /// <summary>The networks named <paramref name="name"/> beyond the one <see cref="NetworksByName"/> holds.</summary>
    public IEnumerable<NetworkInfo> DuplicatesOf(string name) => DuplicateNetworks.Where(n => n.Name == name);

    /// <summary>The service's containers (not one-off ones), ordered by number then name; a number may repeat after an interrupted recreate.</summary>
    public ImmutableArray<ContainerInfo> ContainersOf(string service) =>
        [.. Containers
            .Where(c => !ContainerFacts.IsOneOff(c) && ContainerFacts.ServiceOf(c) == service)
            .OrderBy(ContainerFacts.NumberOf)
            .ThenBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>The service's containers by number (the first of each number).</summary>
    public ImmutableSortedDictionary<int, ContainerInfo> ServiceContainers(string service) =>
        ContainersOf(service)
            .Where(c => ContainerFacts.NumberOf(c) > 0)
            .GroupBy(ContainerFacts.NumberOf)
            .ToImmutableSortedDictionary(g => g.Key, g => g.First());

    /// <summary>One-off containers (<c>run</c>) of the project.</summary>
    public IEnumerable<ContainerInfo> OneOffContainers => Containers.Where(ContainerFacts.IsOneOff);

    /// <summary>Containers of services the files no longer define (one-off ones, and disabled profiles' services, excluded).</summary>
    public IEnumerable<ContainerInfo> Orphans(Model.Project project) =>
        Containers.Where(c => !ContainerFacts.IsOneOff(c) && ContainerFacts.ServiceOf(c) is { } s
            && !project.Services.ContainsKey(s) && !project.DisabledServices.Contains(s));

    /// <summary>Containers of services whose profiles are not active (a previous <c>--profile</c> run made them).</summary>
    public IEnumerable<ContainerInfo> DisabledContainers(Model.Project project) =>
        Containers.Where(c => !ContainerFacts.IsOneOff(c) && ContainerFacts.ServiceOf(c) is { } s && project.DisabledServices.Contains(s));

    public static bool IsOneOff(ContainerInfo container) => ContainerFacts.IsOneOff(container);

    public static int ContainerNumber(ContainerInfo container) => ContainerFacts.NumberOf(container);
}
