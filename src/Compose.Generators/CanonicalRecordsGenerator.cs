using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Compose.Generators;

/// <summary>
/// Completes each class marked <c>[Compose.Hashing.CanonicalRecords(typeof(Root), ...)]</c> with the canonical JSON
/// writer of every record reachable from the roots, so the config hash needs no reflection (and survives trimming
/// and NativeAOT) while still covering a property added to the model without anyone listing it.
/// </summary>
[Generator]
public sealed class CanonicalRecordsGenerator : IIncrementalGenerator
{
    private const string Attribute = "Compose.Hashing.CanonicalRecordsAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var classes = context.SyntaxProvider.ForAttributeWithMetadataName(
            Attribute,
            static (node, _) => node is ClassDeclarationSyntax,
            static (syntax, _) => Generate((INamedTypeSymbol)syntax.TargetSymbol, syntax.Attributes[0], syntax.TargetNode.GetLocation()));
        context.RegisterSourceOutput(classes, static (output, generated) =>
        {
            foreach (var diagnostic in generated.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic);
            }

            if (generated.Source is { } source)
            {
                output.AddSource(generated.HintName, source);
            }
        });
    }

    private static GeneratedWriter Generate(INamedTypeSymbol target, AttributeData attribute, Location location)
    {
        var hintName = target.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", "") + ".CanonicalRecords.g.cs";
        var isPartial = target.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is ClassDeclarationSyntax c && c.Modifiers.Any(m => m.Text == "partial"));
        if (!isPartial || target.IsStatic || target.ContainingType is not null)
        {
            return new GeneratedWriter(hintName, null, [Diagnostic.Create(GeneratorDiagnostics.NotPartial, location, target.Name)]);
        }

        var roots = attribute.ConstructorArguments.SelectMany(a => a.Kind == TypedConstantKind.Array ? a.Values : [a])
            .Select(v => v.Value).OfType<ITypeSymbol>();
        var graph = RecordGraph.From(roots, location);
        var records = graph.Records.OrderByDescending(r => r.Depth).ThenBy(r => r.TypeName, StringComparer.Ordinal).ToList();
        var ns = target.ContainingNamespace.IsGlobalNamespace ? null : target.ContainingNamespace.ToDisplayString();
        return new GeneratedWriter(hintName, WriterEmitter.Emit(ns, target.Name, records), graph.Diagnostics);
    }

    private sealed record GeneratedWriter(string HintName, string? Source, IReadOnlyList<Diagnostic> Diagnostics);
}
