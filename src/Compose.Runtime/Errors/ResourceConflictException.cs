namespace Compose.Runtime.Errors;

/// <summary>Engine failure: the resource exists or is in use.</summary>
public sealed class ResourceConflictException(string operation, string? resource, string engineMessage)
    : ContainerRuntimeException(operation, resource, engineMessage);
