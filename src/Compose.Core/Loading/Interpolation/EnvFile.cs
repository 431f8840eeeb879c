using Compose.Errors;
using Compose.Loading.Files;

namespace Compose.Loading.Interpolation;

/// <summary>
/// Parses <c>.env</c> files the way docker compose (compose-go's dotenv) does: comments, <c>export</c>, <c>NAME=value</c>
/// or <c>NAME: value</c>, bare <c>NAME</c> taken from the environment, single quotes literal, double quotes with escapes,
/// multi-line quoted values, <c> #</c> inline comments on unquoted values, a UTF-8 BOM, and <c>${VAR}</c> references that
/// see earlier lines of the same file first, then <paramref name="lookup"/> (the environment and earlier files).
/// Names starting with a digit are dropped, as compose-go does.
/// </summary>
public static class EnvFile
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string text, string displayPath, VariableSource? lookup = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        var reader = new EnvFileReader(Normalize(text), displayPath);
        while (reader.Next() is { } statement)
        {
            if (Value(statement, values, lookup) is not { } value)
            {
                continue;
            }

            if (!values.ContainsKey(statement.Key))
            {
                order.Add(statement.Key);
            }

            values[statement.Key] = value;
        }

        return [.. order.Where(key => !char.IsAsciiDigit(key[0])).Select(key => KeyValuePair.Create(key, values[key]))];
    }

    /// <summary>Reads and parses a file; the display path is what error messages show.</summary>
    public static async Task<IReadOnlyList<KeyValuePair<string, string>>> ReadAsync(string path, string displayPath, VariableSource? lookup, CancellationToken cancellationToken)
    {
        var text = await new SourceFile(path, displayPath).ReadTextAsync(cancellationToken).ConfigureAwait(false);
        return Parse(text, displayPath, lookup);
    }

    private static string? Value(EnvFileReader.Statement statement, Dictionary<string, string> earlier, VariableSource? lookup) => statement.Kind switch
    {
        EnvFileReader.ValueKind.Inherited => lookup is not null && lookup.TryGet(statement.Key, out var inherited) ? inherited : null,
        EnvFileReader.ValueKind.SingleQuoted => statement.Value,
        EnvFileReader.ValueKind.DoubleQuoted => Expand(EnvEscapes.Expand(statement.Value), statement, earlier, lookup),
        _ => Expand(statement.Value, statement, earlier, lookup),
    };

    private static string Expand(string value, EnvFileReader.Statement statement, Dictionary<string, string> earlier, VariableSource? lookup)
    {
        try
        {
            return Template.Expand(value, name =>
                earlier.TryGetValue(name, out var fromFile) ? fromFile
                : lookup is not null && lookup.TryGet(name, out var fromEnvironment) ? fromEnvironment
                : null);
        }
        catch (TemplateSyntaxException e)
        {
            throw new ComposeFileException(statement.Location, statement.Key,
                e.Message + " Quote the value with single quotes to keep it literal.");
        }
        catch (RequiredVariableException e)
        {
            throw new ComposeFileException(statement.Location, statement.Key, e.Message + ".");
        }
    }

    /// <summary>Drops a UTF-8 byte order mark and Windows line endings.</summary>
    private static string Normalize(string text) =>
        (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text).Replace("\r\n", "\n", StringComparison.Ordinal);
}
