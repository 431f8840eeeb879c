using Compose.Cli.Rendering;
using Compose.Loading.Interpolation;
using Compose.Output;

namespace Compose.Cli.Commands;

/// <summary><c>config --variables</c>: a table of the variables the files use, or docker compose's JSON object keyed by name.</summary>
internal static class VariablesOutput
{
    public static string Render(IReadOnlyList<TemplateVariable> variables, bool json)
    {
        if (json)
        {
            return JsonOutput.Write(variables.ToDictionary(v => v.Name, v => (object?)new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["DefaultValue"] = v.DefaultValue ?? "",
                ["Name"] = v.Name,
                ["PresenceValue"] = v.AlternateValue ?? "",
                ["Required"] = v.Required,
            }));
        }

        var table = new TableWriter("NAME", "REQUIRED", "DEFAULT VALUE", "ALTERNATE VALUE");
        foreach (var variable in variables)
        {
            table.AddRow(variable.Name, variable.Required ? "true" : "false", variable.DefaultValue ?? "", variable.AlternateValue ?? "");
        }

        return table.ToString();
    }
}
