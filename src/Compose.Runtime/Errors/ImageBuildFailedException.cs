namespace Compose.Runtime.Errors;

/// <summary>A build step failed; <see cref="ContainerRuntimeException.EngineMessage"/> is the builder's own message.</summary>
public sealed class ImageBuildFailedException(string operation, string? resource, string engineMessage)
    : ContainerRuntimeException(operation, resource, engineMessage);
