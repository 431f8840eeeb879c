using Compose.Generators;
using Compose.Hashing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Compose.Tests.Hashing;

/// <summary>The hash writer generator fails the build on what it cannot hash canonically, naming the property.</summary>
public class GeneratorDiagnosticsTests
{
    [Fact]
    public void A_hashed_property_of_a_type_with_no_canonical_form_is_a_build_error()
    {
        var (diagnostics, _) = Run("public sealed record Thing { public System.DateTime Stamp { get; init; } }");

        diagnostics.Should().ContainSingle(d => d.Id == "CHASH001" && d.Severity == DiagnosticSeverity.Error)
            .Which.GetMessage().Should().Contain("Sample.Thing.Stamp has type System.DateTime").And.Contain("[HashIgnore]");
    }

    [Fact]
    public void Marking_it_HashIgnore_leaves_it_out_and_the_generated_code_compiles()
    {
        var (diagnostics, compiled) = Run("public sealed record Thing { [Compose.Model.HashIgnore] public System.DateTime Stamp { get; init; } public string? Name { get; init; } }");

        diagnostics.Should().BeEmpty();
        compiled.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        compiled.SyntaxTrees.Last().ToString().Should().Contain("\"Name\"").And.NotContain("\"Stamp\"");
    }

    [Fact]
    public void A_class_that_cannot_be_completed_is_a_build_error()
    {
        var (diagnostics, _) = Run("public sealed record Thing(int Count);", declaration: "public sealed class Writers;");

        diagnostics.Should().ContainSingle(d => d.Id == "CHASH003");
    }

    private static (IReadOnlyList<Diagnostic> Diagnostics, Compilation Compiled) Run(string records, string? declaration = null)
    {
        var source = $$"""
            namespace Sample;
            {{records}}
            [Compose.Hashing.CanonicalRecords(typeof(Thing))]
            {{declaration ?? "public sealed partial class Writers;"}}
            """;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(ConfigHash).Assembly.Location).Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Sample", [CSharpSyntaxTree.ParseText(source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(new CanonicalRecordsGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var compiled, out var diagnostics);
        return (diagnostics, compiled);
    }
}
