namespace Compose.Hashing;

/// <summary>
/// Asks the source generator (src/Compose.Generators) to complete this partial class as an
/// <see cref="ICanonicalRecords"/> for the given root types and every record reachable from them through properties
/// not marked <see cref="Model.HashIgnoreAttribute"/>. A hashed property whose type has no canonical form fails the build.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CanonicalRecordsAttribute(params Type[] roots) : Attribute
{
    public IReadOnlyList<Type> Roots { get; } = roots;
}
