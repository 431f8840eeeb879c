namespace Compose.Runtime.Errors;

/// <summary>
/// Something the chosen driver cannot do, refused before any call: <c>the native runtime cannot build images: use
/// --runtime docker, or pull the image</c>.
/// </summary>
public sealed class RuntimeCapabilityException(string driver, string action, string alternative)
    : ContainerRuntimeException($"the {driver} runtime cannot {action}", null, alternative)
{
    public string Driver { get; } = driver;
    public string Action { get; } = action;
}
