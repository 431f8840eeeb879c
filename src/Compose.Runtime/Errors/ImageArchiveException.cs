namespace Compose.Runtime.Errors;

/// <summary>
/// <c>image load</c> got something that is not a <c>docker save</c> or OCI archive, or a damaged one (cut short,
/// corrupted, a layer that does not match its digest): <c>load image FILE: not a docker save or OCI archive, or a
/// damaged one: REASON</c>, whichever driver read it.
/// </summary>
public sealed class ImageArchiveException(string? source, string reason, Exception? inner = null)
    : ContainerRuntimeException("load image", source ?? "archive", $"not a docker save or OCI archive, or a damaged one: {reason}", inner);
