using Microsoft.CodeAnalysis;

namespace Compose.Generators;

/// <summary>
/// Sorts a property's type the way the runtime writer treats its values, so the generated code writes exactly what
/// the reflection-driven writer of config-hash version 1 wrote.
/// </summary>
internal static class TypeClassifier
{
    public static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    public static bool IsNullableValueType(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

    public static ValueKind Classify(ITypeSymbol declared)
    {
        var type = Unwrap(declared);
        switch (type.SpecialType)
        {
            case SpecialType.System_String:
            case SpecialType.System_Boolean:
            case SpecialType.System_Int32:
            case SpecialType.System_Int64:
            case SpecialType.System_Double:
            case SpecialType.System_Decimal:
            case SpecialType.System_Single:
            case SpecialType.System_Int16:
            case SpecialType.System_Byte:
            case SpecialType.System_UInt32:
            case SpecialType.System_UInt64:
                return ValueKind.Scalar;
            case SpecialType.System_Object:
                return ValueKind.Dynamic;
            case SpecialType.System_Char:
            case SpecialType.System_SByte:
            case SpecialType.System_UInt16:
            case SpecialType.System_DateTime:
            case SpecialType.System_IntPtr:
            case SpecialType.System_UIntPtr:
                // The version-1 writer would have written these as objects of their public settable properties: none.
                return ValueKind.Unsupported;
        }

        if (type.TypeKind == TypeKind.Enum || FullName(type) == "System.TimeSpan")
        {
            return ValueKind.Scalar;
        }

        if (Implements(type, "System.Collections.IDictionary"))
        {
            return ValueKind.Map;
        }

        if (type is IArrayTypeSymbol || Implements(type, "System.Collections.IEnumerable"))
        {
            return ValueKind.Sequence;
        }

        return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named && !IsSystemType(named)
            ? ValueKind.Record
            : ValueKind.Unsupported;
    }

    /// <summary>The types a map's or sequence's values can have: its element type or type arguments.</summary>
    public static IEnumerable<ITypeSymbol> ElementTypes(ITypeSymbol declared)
    {
        var type = Unwrap(declared);
        if (type is IArrayTypeSymbol array)
        {
            return [array.ElementType];
        }

        return type is INamedTypeSymbol named ? named.TypeArguments : [];
    }

    public static string FullName(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    private static bool Implements(ITypeSymbol type, string interfaceName) =>
        FullName(type) == interfaceName || type.AllInterfaces.Any(i => FullName(i) == interfaceName);

    private static bool IsSystemType(INamedTypeSymbol type)
    {
        var root = type.ContainingNamespace;
        while (root is { ContainingNamespace.IsGlobalNamespace: false })
        {
            root = root.ContainingNamespace;
        }

        return root?.Name == "System";
    }
}
