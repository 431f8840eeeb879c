using System.Text.Json;
using System.Text.RegularExpressions;
using Compose.Loading.Yaml;

namespace Compose.Tests.Schema;

/// <summary>
/// Just enough JSON Schema (draft-07: type, properties, patternProperties, additionalProperties, required, items,
/// oneOf/anyOf as "any of", enum, pattern, $ref) to check compose files against our schema the way an editor would,
/// with YAML 1.2 scalar types (an unquoted 3000 is an integer, a quoted one a string).
/// </summary>
public static class SchemaValidator
{
    public static List<string> Validate(Node node, JsonElement schema, string path = "")
    {
        var problems = new List<string>();
        Check(node, schema, path, problems);
        return problems;
    }

    private static void Check(Node node, JsonElement schema, string path, List<string> problems)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(node, SchemaDocument.Resolve(reference.GetString()!), path, problems);
            return;
        }

        foreach (var keyword in new[] { "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var alternatives))
            {
                // Report the closest alternative's problems: they name the key that is wrong.
                var closest = alternatives.EnumerateArray()
                    .Select(a => (Fits: TypeFits(node, a), Problems: Validate(node, a, path)))
                    .OrderBy(a => a.Fits ? 0 : 1).ThenBy(a => a.Problems.Count)
                    .First().Problems;
                if (closest.Count > 0)
                {
                    problems.AddRange(closest);
                    return;
                }
            }
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(node, type))
        {
            problems.Add($"{path}: {YamlType(node)} where the schema wants {type} ({node.Location})");
            return;
        }

        CheckScalar(node, schema, path, problems);
        CheckMapping(node as MappingNode, schema, path, problems);
        if (node is SequenceNode sequence && schema.TryGetProperty("items", out var items))
        {
            for (var i = 0; i < sequence.Items.Length; i++)
            {
                Check(sequence.Items[i], items, $"{path}[{i}]", problems);
            }
        }
    }

    private static void CheckScalar(Node node, JsonElement schema, string path, List<string> problems)
    {
        if (node is not ScalarNode scalar)
        {
            return;
        }

        if (schema.TryGetProperty("enum", out var values) && !values.EnumerateArray().Any(v => v.GetString() == scalar.Value))
        {
            problems.Add($"{path}: '{scalar.Value}' is not one of {values} ({node.Location})");
        }

        if (schema.TryGetProperty("pattern", out var pattern) && YamlType(node) == "string" && !Regex.IsMatch(scalar.Value, pattern.GetString()!))
        {
            problems.Add($"{path}: '{scalar.Value}' does not match {pattern} ({node.Location})");
        }
    }

    private static void CheckMapping(MappingNode? mapping, JsonElement schema, string path, List<string> problems)
    {
        if (mapping is null)
        {
            return;
        }

        foreach (var required in schema.TryGetProperty("required", out var names) ? names.EnumerateArray().Select(n => n.GetString()!) : [])
        {
            if (mapping[required] is null)
            {
                problems.Add($"{path}: '{required}' is required ({mapping.Location})");
            }
        }

        foreach (var (key, value) in mapping.Entries)
        {
            var child = path.Length == 0 ? key.Value : $"{path}.{key.Value}";
            if (schema.TryGetProperty("properties", out var properties) && properties.TryGetProperty(key.Value, out var property))
            {
                Check(value, property, child, problems);
            }
            else if (PatternFor(schema, key.Value) is { } patterned)
            {
                Check(value, patterned, child, problems);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{child}: not allowed here ({key.Location})");
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(value, additional, child, problems);
                }
            }
        }
    }

    private static bool TypeFits(Node node, JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            schema = SchemaDocument.Resolve(reference.GetString()!);
        }

        return !schema.TryGetProperty("type", out var type) || TypeMatches(node, type);
    }

    private static JsonElement? PatternFor(JsonElement schema, string key) =>
        schema.TryGetProperty("patternProperties", out var patterns)
            ? patterns.EnumerateObject().Where(p => Regex.IsMatch(key, p.Name)).Select(p => (JsonElement?)p.Value).FirstOrDefault()
            : null;

    private static bool TypeMatches(Node node, JsonElement type)
    {
        var actual = YamlType(node);
        var wanted = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        return wanted.Contains(actual) || (actual == "integer" && wanted.Contains("number"));
    }

    /// <summary>The JSON type a YAML 1.2 (core schema) reader gives the node.</summary>
    public static string YamlType(Node node) => node switch
    {
        MappingNode => "object",
        SequenceNode => "array",
        ScalarNode { Quoted: true } => "string",
        ScalarNode { IsNull: true } => "null",
        ScalarNode { Value: "true" or "True" or "TRUE" or "false" or "False" or "FALSE" } => "boolean",
        ScalarNode s when Regex.IsMatch(s.Value, "^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$") => "integer",
        ScalarNode s when Regex.IsMatch(s.Value, @"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$|^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$") => "number",
        _ => "string",
    };
}
