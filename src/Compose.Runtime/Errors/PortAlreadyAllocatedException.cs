namespace Compose.Runtime.Errors;

/// <summary>Engine failure: a host port is already taken.</summary>
public sealed class PortAlreadyAllocatedException(string operation, string? resource, string engineMessage)
    : ContainerRuntimeException(operation, resource, engineMessage);
