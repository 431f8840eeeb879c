using Compose.Runtime.Errors;

namespace Compose.Runtime.Native.Images.Reference;

/// <summary>A reference the docker CLI would refuse too, with its wording (<c>invalid reference format: …</c>).</summary>
public sealed class InvalidImageReferenceException(string reference, string reason)
    : ContainerRuntimeException("parse image reference", reference, $"invalid reference format: {reason}");
