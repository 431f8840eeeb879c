using System.Collections.Immutable;

namespace Compose.Runtime.Swarm;

/// <summary>The id of the service written and the warnings the engine had about it (an image it could not resolve).</summary>
public sealed record SwarmWriteResult(string Id, ImmutableArray<string> Warnings);
