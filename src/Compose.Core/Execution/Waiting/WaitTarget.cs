using Compose.Planning.Steps;

namespace Compose.Execution.Waiting;

/// <summary>
/// One container a wait is for, with the service it belongs to (what failure messages name) and, when it differs from
/// the group's, the readiness this container must reach (<c>up --wait</c> waits for a one-shot to complete).
/// </summary>
public sealed record WaitTarget(string Id, string Name, string Service, Readiness? Readiness = null);
