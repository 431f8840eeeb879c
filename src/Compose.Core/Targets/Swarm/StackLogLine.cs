namespace Compose.Targets.Swarm;

/// <summary>A line of a stack service's output with the task it came from: <c>demo_web.2@swarm-node2</c>.</summary>
public sealed record StackLogLine(string Service, string Task, Runtime.LogLine Line);
