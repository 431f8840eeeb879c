namespace Compose.Runtime.Swarm;

/// <summary>A discrete resource a node advertises (<c>gpu=2</c>) that tasks reserve.</summary>
public sealed record SwarmGenericResource(string Kind, long Value);
