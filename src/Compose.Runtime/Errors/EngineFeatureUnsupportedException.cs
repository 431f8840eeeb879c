namespace Compose.Runtime.Errors;

/// <summary>
/// A setting needs a newer engine API than the engine speaks (e.g. annotations need 1.43, volume subpaths 1.45).
/// Raised before calling the engine, which would otherwise ignore the setting silently.
/// </summary>
public sealed class EngineFeatureUnsupportedException(string operation, string? resource, string feature, Version required, Version actual)
    : ContainerRuntimeException(
        operation,
        resource,
        $"{feature} needs Docker API {required} or newer, but the engine speaks {actual}; upgrade the engine or remove the setting")
{
    public string Feature { get; } = feature;
    public Version Required { get; } = required;
    public Version Actual { get; } = actual;
}
