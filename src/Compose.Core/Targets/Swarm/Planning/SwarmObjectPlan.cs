using System.Collections.Immutable;

namespace Compose.Targets.Swarm.Planning;

/// <summary>The swarm names chosen for the stack's secrets and configs (<c>secret:KEY</c> → name) and the steps that create the missing ones (keyed <c>secret:NAME</c>, <c>config:NAME</c>).</summary>
public sealed record SwarmObjectPlan(ImmutableSortedDictionary<string, string> Names, ImmutableDictionary<string, int> CreatedBy);
