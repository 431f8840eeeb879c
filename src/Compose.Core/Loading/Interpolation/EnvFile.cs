using System.Text;

namespace Compose.Loading.Interpolation;

/// <summary>
/// Parses <c>.env</c> files: comments, <c>export</c> prefix, single quotes (literal), double quotes (escapes,
/// multi-line), unquoted values with inline comments, and <c>${VAR}</c> references to the environment and earlier lines.
/// </summary>
public static class EnvFile
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string text, string displayPath, VariableSource? lookup = null)
    {
        var result = new List<KeyValuePair<string, string>>();
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new EnvFileReader(text.Replace("\r\n", "\n", StringComparison.Ordinal), displayPath);
        while (reader.NextEntry() is { } entry)
        {
            var value = entry.Literal ? entry.Value : Template.Expand(entry.Value, Chain(lookup, known));
            known[entry.Key] = value;
            result.Add(new(entry.Key, value));
        }

        return result;
    }

    private static VariableSource Chain(VariableSource? shell, Dictionary<string, string> earlier)
    {
        // Earlier lines of the same file are visible; the shell wins when it sets the same name.
        var merged = new Dictionary<string, string>(earlier, StringComparer.Ordinal);
        if (shell is not null)
        {
            foreach (var (k, v) in shell.Variables)
            {
                merged[k] = v;
            }
        }

        return new VariableSource(merged);
    }
}
