using Compose.Runtime.Errors;

namespace Compose.Runtime.Native.Images.Registry;

/// <summary>The image exists, but not for the wanted platform: docker's <c>no matching manifest for …</c>.</summary>
public sealed class PlatformNotFoundException(string reference, string message)
    : ContainerRuntimeException("pull image", reference, message);
