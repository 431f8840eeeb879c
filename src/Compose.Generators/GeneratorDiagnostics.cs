using Microsoft.CodeAnalysis;

namespace Compose.Generators;

internal static class GeneratorDiagnostics
{
    private const string Category = "Compose.Hashing";

    public static readonly DiagnosticDescriptor UnsupportedType = new(
        "CHASH001",
        "A hashed property has a type with no canonical form",
        "{0} has type {1}, which the config hash cannot write canonically: mark the property [HashIgnore] if it does not change the container, or give it a string, number, boolean, TimeSpan, enum, collection or record type",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoPublicGetter = new(
        "CHASH002",
        "A hashed property cannot be read",
        "{0} is hashed but has no public getter: give it one, or mark it [HashIgnore] if it does not change the container",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NotPartial = new(
        "CHASH003",
        "[CanonicalRecords] needs a top-level, non-static partial class",
        "{0} carries [CanonicalRecords], so it must be a top-level, non-static partial class for the generated writer to complete it",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
