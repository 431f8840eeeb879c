using System.Collections.Immutable;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm.Observing;

/// <summary>
/// What a stack's swarm holds, read in one pass: the manager's nodes, the stack's services, secrets and configs (by
/// its namespace label), every network (external ones are checked by name), the digests the registry has for the
/// services' images, and the contents the files give the secrets and configs.
/// </summary>
public sealed record SwarmObserved
{
    public required string Stack { get; init; }
    public required SwarmState State { get; init; }
    public ImmutableArray<SwarmNode> Nodes { get; init; } = [];

    /// <summary>The stack's services by their swarm name (<c>STACK_SERVICE</c>).</summary>
    public ImmutableSortedDictionary<string, SwarmService> Services { get; init; } = ImmutableSortedDictionary<string, SwarmService>.Empty;

    public ImmutableArray<SwarmNetwork> Networks { get; init; } = [];

    /// <summary>Every secret and config by kind; the stack's carry its namespace label.</summary>
    public ImmutableArray<SwarmObject> Secrets { get; init; } = [];
    public ImmutableArray<SwarmObject> Configs { get; init; } = [];

    /// <summary>Image as written → the registry's digest, or null when no registry the manager reaches has it.</summary>
    public ImmutableSortedDictionary<string, string?> Digests { get; init; } = ImmutableSortedDictionary<string, string?>.Empty;

    public ImmutableSortedDictionary<string, ObjectContent> Contents { get; init; } = ImmutableSortedDictionary<string, ObjectContent>.Empty;

    public ImmutableArray<SwarmObject> Objects(SwarmObjectKind kind) => kind == SwarmObjectKind.Secret ? Secrets : Configs;

    public bool InStack(SwarmObject item) => item.Labels.TryGetValue(SwarmLabels.Namespace, out var stack) && stack == Stack;

    public bool InStack(SwarmNetwork network) => network.Labels.TryGetValue(SwarmLabels.Namespace, out var stack) && stack == Stack;
}
