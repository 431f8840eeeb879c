using Microsoft.CodeAnalysis;

namespace Compose.Generators;

/// <summary>
/// The record types reachable from the roots through hashed properties (those not marked <c>[HashIgnore]</c>), each
/// with the properties the version-1 writer read by reflection: public, instance, settable (<c>init</c> counts),
/// not indexers, base types' included, in ordinal order of their names.
/// </summary>
internal sealed class RecordGraph
{
    private const string HashIgnore = "Compose.Model.HashIgnoreAttribute";
    private readonly Dictionary<string, RecordWriter> _records = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Location _location;

    private RecordGraph(Location location) => _location = location;

    public IEnumerable<RecordWriter> Records => _records.Values;

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public static RecordGraph From(IEnumerable<ITypeSymbol> roots, Location location)
    {
        var graph = new RecordGraph(location);
        foreach (var root in roots)
        {
            graph.Visit(root, $"{TypeClassifier.FullName(root)} (a root)");
        }

        return graph;
    }

    private void Visit(ITypeSymbol type, string where)
    {
        switch (TypeClassifier.Classify(type))
        {
            case ValueKind.Record:
                AddRecord((INamedTypeSymbol)TypeClassifier.Unwrap(type));
                break;
            case ValueKind.Map:
            case ValueKind.Sequence:
                foreach (var element in TypeClassifier.ElementTypes(type))
                {
                    Visit(element, where);
                }

                break;
            case ValueKind.Unsupported:
                _diagnostics.Add(Diagnostic.Create(GeneratorDiagnostics.UnsupportedType, _location, where, TypeClassifier.FullName(type)));
                break;
        }
    }

    private void AddRecord(INamedTypeSymbol type)
    {
        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (_records.ContainsKey(name))
        {
            return;
        }

        var properties = HashedProperties(type).ToList();
        _records[name] = new RecordWriter(name, Depth(type), [.. properties.Select(p => new HashedProperty(p.Name, TypeClassifier.IsNullableValueType(p.Type)))]);
        foreach (var property in properties)
        {
            var where = $"{TypeClassifier.FullName(type)}.{property.Name}";
            if (property.GetMethod is not { DeclaredAccessibility: Accessibility.Public })
            {
                _diagnostics.Add(Diagnostic.Create(GeneratorDiagnostics.NoPublicGetter, _location, where));
            }

            Visit(property.Type, where);
        }
    }

    private static IEnumerable<IPropertySymbol> HashedProperties(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hashed = new List<IPropertySymbol>();
        for (var current = type; current is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType) }; current = current.BaseType)
        {
            foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || !IsPublic(property) || !seen.Add(property.Name))
                {
                    continue;
                }

                if (property.SetMethod is not null && !IsIgnored(property))
                {
                    hashed.Add(property);
                }
            }
        }

        return hashed.OrderBy(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>Reflection's <c>BindingFlags.Public</c>: at least one accessor is public.</summary>
    private static bool IsPublic(IPropertySymbol property) =>
        property.GetMethod?.DeclaredAccessibility == Accessibility.Public || property.SetMethod?.DeclaredAccessibility == Accessibility.Public;

    private static bool IsIgnored(IPropertySymbol property)
    {
        for (var current = property; current is not null; current = current.OverriddenProperty)
        {
            if (current.GetAttributes().Any(a => a.AttributeClass is { } attribute && TypeClassifier.FullName(attribute) == HashIgnore))
            {
                return true;
            }
        }

        return false;
    }

    private static int Depth(INamedTypeSymbol type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
