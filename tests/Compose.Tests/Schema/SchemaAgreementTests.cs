using System.Text.Json;
using Compose.Loading.Binding;

namespace Compose.Tests.Schema;

/// <summary>
/// schemas/compose.schema.json and the loader accept the same keys: every object in the schema is a named
/// definition whose properties are exactly the keys of the <see cref="SpecKeys"/> section of the same name (the
/// root is <c>compose</c>), and the binder's service key table is exactly <see cref="SpecKeys.Service"/>.
/// </summary>
public class SchemaAgreementTests
{
    [Fact]
    public void Every_section_of_the_loader_is_a_schema_definition_with_the_same_keys()
    {
        var mismatches = new List<string>();
        foreach (var (section, keys) in SpecKeys.Sections)
        {
            var schemaKeys = PropertiesOf(section);
            if (schemaKeys is null)
            {
                mismatches.Add($"{section}: no definition with properties in the schema");
                continue;
            }

            mismatches.AddRange(keys.Except(schemaKeys).Select(k => $"{section}.{k}: accepted by the loader, missing from the schema"));
            mismatches.AddRange(schemaKeys.Except(keys).Select(k => $"{section}.{k}: in the schema, refused by the loader"));
        }

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Every_schema_object_with_properties_is_a_loader_section()
    {
        var sections = SpecKeys.Sections.Keys.ToHashSet();
        var unknown = SchemaDocument.Definitions.EnumerateObject()
            .Where(d => d.Value.TryGetProperty("properties", out _) && !sections.Contains(d.Name))
            .Select(d => d.Name);

        unknown.Should().BeEmpty("a definition with properties must match a SpecKeys section");
        InlineObjects(SchemaDocument.Root, "#", depth: 0).Should().BeEmpty("objects with properties live in named definitions, so they can be checked");
    }

    [Fact]
    public void Every_reference_in_the_schema_resolves()
    {
        var references = new List<string>();
        CollectReferences(SchemaDocument.Root, references);

        references.Should().NotBeEmpty();
        references.Where(r => !SchemaDocument.Definitions.TryGetProperty(r["#/definitions/".Length..], out _)).Should().BeEmpty();
    }

    [Fact]
    public void The_service_key_table_binds_exactly_the_specification_s_service_keys()
    {
        ServiceBinder.Keys.Keys.Should().BeEquivalentTo(SpecKeys.Service);
    }

    private static HashSet<string>? PropertiesOf(string section)
    {
        var node = section == "compose" ? SchemaDocument.Root
            : SchemaDocument.Definitions.TryGetProperty(section, out var definition) ? definition
            : default;
        return node.ValueKind == JsonValueKind.Object && node.TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal)
            : null;
    }

    /// <summary>Objects with properties anywhere but the root and the top of a definition.</summary>
    private static IEnumerable<string> InlineObjects(JsonElement node, string path, int depth)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            return node.EnumerateArray().SelectMany((item, i) => InlineObjects(item, $"{path}[{i}]", depth + 1));
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var isNamed = depth == 0 || (depth == 2 && path.StartsWith("#/definitions/", StringComparison.Ordinal));
        var own = node.TryGetProperty("properties", out _) && !isNamed ? [path] : Array.Empty<string>();
        return own.Concat(node.EnumerateObject()
            .Where(p => !(p.Name == "properties" && isNamed))
            .SelectMany(p => InlineObjects(p.Value, $"{path}/{p.Name}", depth + 1)))
            .Concat(isNamed && node.TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().SelectMany(p => InlineObjects(p.Value, $"{path}/properties/{p.Name}", depth + 3))
                : []);
    }

    private static void CollectReferences(JsonElement node, List<string> references)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in node.EnumerateObject())
                {
                    if (property.Name == "$ref")
                    {
                        references.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        CollectReferences(property.Value, references);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray())
                {
                    CollectReferences(item, references);
                }

                break;
        }
    }
}
