namespace Compose.Runtime.Errors;

/// <summary>Engine failure: the engine has no such resource.</summary>
public sealed class ResourceNotFoundException(string operation, string? resource, string engineMessage)
    : ContainerRuntimeException(operation, resource, engineMessage);
