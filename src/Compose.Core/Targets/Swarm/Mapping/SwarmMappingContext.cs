using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Targets.Swarm.Mapping;

/// <summary>
/// What mapping a service needs besides the service: the project (its networks, volumes, secrets and configs), the
/// stack's name, the swarm names chosen for the secrets and configs (<c>secret:KEY</c> → name) and the image each
/// service's tasks run (a tag, or the tag pinned to the digest the observation resolved).
/// </summary>
public sealed record SwarmMappingContext(
    Project Project,
    string Stack,
    ImmutableSortedDictionary<string, string> ObjectNames,
    ImmutableSortedDictionary<string, string> Images)
{
    public string ObjectName(string kind, string key) =>
        ObjectNames.TryGetValue($"{kind}:{key}", out var name) ? name : throw new InvalidOperationException($"no swarm name for {kind} {key}");

    public string ImageOf(Service service) =>
        Images.TryGetValue(service.Name, out var image) ? image : service.Image ?? throw new InvalidOperationException($"service {service.Name} has no image");
}
