using System.Text;
using Compose.Cli.Rendering;
using Compose.Output;

namespace Compose.Cli.Formatting;

/// <summary>
/// Prints rows for <c>--format</c>: <c>table</c> (the command's default columns), <c>json</c> (one object per line,
/// or one array for commands whose docker compose output is an array), <c>table TEMPLATE</c>, or <c>TEMPLATE</c>.
/// </summary>
public sealed class RowPrinter(string defaultTable, IReadOnlyDictionary<string, string> headers, bool jsonArray = false)
{
    public string Print(string? format, IReadOnlyList<List<KeyValuePair<string, object?>>> rows)
    {
        format = string.IsNullOrEmpty(format) || format == "table" || format == "pretty" ? defaultTable : format;
        if (format == "json")
        {
            return jsonArray
                ? JsonOutput.WriteCompact(rows) + "\n"
                : string.Concat(rows.Select(r => JsonOutput.WriteCompact(r) + "\n"));
        }

        var template = OutputTemplate.Parse(format);
        if (template.IsTable)
        {
            return TableWriter.FromTabbed(template.Header(headers), rows.Select(template.Render)).ToString();
        }

        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(template.Render(row)).Append('\n');
        }

        return text.ToString();
    }
}
