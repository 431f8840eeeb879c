namespace Compose.Runtime.Swarm;

/// <summary>A line of a service's output and the task and node that wrote it (null when the engine does not say).</summary>
public sealed record SwarmLogLine(LogLine Line, string? TaskId, string? NodeId);
