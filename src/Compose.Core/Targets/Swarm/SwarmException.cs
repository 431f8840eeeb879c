using Compose.Errors;

namespace Compose.Targets.Swarm;

/// <summary>A deployment that cannot go on, in words that say what to do: the engine is in no swarm, a service cannot be placed.</summary>
public sealed class SwarmException(string message, Exception? inner = null) : ComposeException(message, inner);
