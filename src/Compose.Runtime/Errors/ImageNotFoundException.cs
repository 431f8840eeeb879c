namespace Compose.Runtime.Errors;

/// <summary>Engine failure: the image is neither local nor pullable.</summary>
public sealed class ImageNotFoundException(string operation, string? resource, string engineMessage)
    : ContainerRuntimeException(operation, resource, engineMessage);
