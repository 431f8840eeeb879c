using Compose.Errors;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// A compose construct the manifests cannot carry, located like the loader's errors:
/// <c>compose.yaml:12:7: services.web.privileged: ...</c>. <see cref="Kind"/> is a stable short name
/// (<see cref="WarningKinds"/>) for counting and tests. Messages never contain environment or secret values.
/// </summary>
public sealed record ConversionWarning(string Kind, SourceLocation? Location, string KeyPath, string Message)
{
    public override string ToString() => (Location is null ? "" : Location + ": ") + KeyPath + ": " + Message;
}
