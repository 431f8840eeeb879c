namespace Compose.Runtime.Errors;

/// <summary>
/// The engine cannot start a container because its runtime still holds a task for it from before the engine died or
/// restarted (containerd: "task ID: already exists"; runc: "container with id exists"). Neither a stop, a kill, a
/// restart of the container nor of the engine clears it (tried on Docker 20.10); removing the container does, so the
/// caller recreates it (see docs/reliability.md).
/// </summary>
public sealed class StaleTaskException(string operation, string? resource, string engineMessage)
    : ContainerRuntimeException(operation, resource, engineMessage);
