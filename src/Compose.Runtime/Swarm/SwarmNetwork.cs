using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>A network as a manager lists it; <see cref="Scope"/> is <c>swarm</c> for overlays a service can join.</summary>
public sealed record SwarmNetwork
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Driver { get; init; } = "";
    public string Scope { get; init; } = "";
    public bool Attachable { get; init; }
    public bool Internal { get; init; }
    public bool Ingress { get; init; }
    public ImmutableSortedDictionary<string, string> Labels { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
    public ImmutableSortedDictionary<string, string> Options { get; init; } = ImmutableSortedDictionary<string, string>.Empty;
}
