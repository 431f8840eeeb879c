using Compose.Runtime.Errors;

namespace Compose.Runtime.Native.Images.Store;

/// <summary>Content whose digest or size is not the one its descriptor promised: nothing of it is kept.</summary>
public sealed class ContentVerificationException(string operation, string resource, string message)
    : ContainerRuntimeException(operation, resource, message);
