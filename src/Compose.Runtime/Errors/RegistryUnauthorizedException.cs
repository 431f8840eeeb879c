namespace Compose.Runtime.Errors;

/// <summary>Engine failure: the registry refused our credentials.</summary>
public sealed class RegistryUnauthorizedException(string operation, string? resource, string engineMessage)
    : ContainerRuntimeException(operation, resource, engineMessage);
