namespace Compose.Execution.Waiting;

/// <summary>One container a wait is for, with the service it belongs to (what failure messages name).</summary>
public sealed record WaitTarget(string Id, string Name, string Service);
