using System.Collections;
using System.Globalization;
using System.Text;
using Compose.Errors;
using Compose.Output;

namespace Compose.Cli.Formatting;

/// <summary>
/// The part of Go's text/template that <c>--format</c> users write: literal text with <c>{{.Field}}</c>,
/// <c>{{.Field.Sub}}</c>, <c>{{json .}}</c>, <c>{{json .Field}}</c>, <c>{{upper .Field}}</c>, <c>{{lower .Field}}</c>;
/// <c>\t</c> and <c>\n</c> as escapes; a leading <c>table</c> aligns the output in columns with a header row.
/// Rows are ordered key/value lists (the same ones <c>--format json</c> prints).
/// </summary>
public sealed class OutputTemplate
{
    private readonly List<TemplatePart> _parts;

    private OutputTemplate(string source, bool isTable, List<TemplatePart> parts)
    {
        Source = source;
        IsTable = isTable;
        _parts = parts;
    }

    public string Source { get; }

    public bool IsTable { get; }

    public static OutputTemplate Parse(string format)
    {
        var isTable = format.StartsWith("table", StringComparison.Ordinal) && (format.Length == 5 || char.IsWhiteSpace(format[5]));
        var body = (isTable ? format[5..].TrimStart() : format).Replace("\\t", "\t", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);
        return new OutputTemplate(format, isTable, TemplateParser.Parse(body, format));
    }

    /// <summary>The header row of a table: each action's field in capitals, or the command's own name for it.</summary>
    public string Header(IReadOnlyDictionary<string, string> headers) =>
        string.Concat(_parts.Select(p => p is TemplatePart.Action action ? HeaderFor(action, headers) : ((TemplatePart.Literal)p).Text));

    public string Render(IReadOnlyList<KeyValuePair<string, object?>> row)
    {
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            text.Append(part switch
            {
                TemplatePart.Literal literal => literal.Text,
                TemplatePart.Action action => Evaluate(action, row),
                _ => "",
            });
        }

        return text.ToString();
    }

    private static string HeaderFor(TemplatePart.Action action, IReadOnlyDictionary<string, string> headers)
    {
        var field = action.Path.Length > 0 ? action.Path[^1] : "";
        return headers.TryGetValue(field, out var header) ? header : field.ToUpperInvariant();
    }

    private string Evaluate(TemplatePart.Action action, IReadOnlyList<KeyValuePair<string, object?>> row)
    {
        object? value = row;
        foreach (var field in action.Path)
        {
            value = value is IEnumerable<KeyValuePair<string, object?>> map && map.FirstOrDefault(e => e.Key == field) is { Key: not null } entry
                ? entry.Value
                : throw new ComposeException($"template {Source}: can't evaluate field {field}; the fields are {string.Join(", ", row.Select(e => e.Key))}.");
        }

        return action.Function switch
        {
            "json" => JsonOutput.WriteCompact(value),
            "upper" => Text(value).ToUpperInvariant(),
            "lower" => Text(value).ToLowerInvariant(),
            _ => Text(value),
        };
    }

    /// <summary>Values as Go's <c>%v</c> prints them: lists as <c>[a b]</c>, maps as <c>map[k:v]</c>.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IEnumerable<KeyValuePair<string, object?>> map when value is not IReadOnlyList<KeyValuePair<string, object?>> { Count: 0 } =>
            "map[" + string.Join(' ', map.Select(e => $"{e.Key}:{Text(e.Value)}")) + "]",
        IEnumerable sequence => "[" + string.Join(' ', sequence.Cast<object?>().Select(Text)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
