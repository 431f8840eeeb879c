using System.Text.Json;

namespace Compose.Tests.Schema;

/// <summary>schemas/compose.schema.json, parsed once.</summary>
public static class SchemaDocument
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", "compose.schema.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static JsonElement Definitions => Root.GetProperty("definitions");

    public static JsonElement Resolve(string reference) =>
        reference.StartsWith("#/definitions/", StringComparison.Ordinal)
            ? Definitions.GetProperty(reference["#/definitions/".Length..])
            : throw new InvalidOperationException($"unsupported $ref {reference}");
}
