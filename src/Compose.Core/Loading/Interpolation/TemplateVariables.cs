using Compose.Loading.Files;
using Compose.Loading.Yaml;

namespace Compose.Loading.Interpolation;

/// <summary>
/// The variables compose files use, found in their values (not keys) before interpolation, nested defaults
/// included. Malformed templates are skipped here: loading the project reports them with their location.
/// </summary>
public static class TemplateVariables
{
    /// <summary>Every variable of the files' values by name; one used several times merges its uses.</summary>
    public static IReadOnlyList<TemplateVariable> InFiles(IEnumerable<string> paths)
    {
        var found = new SortedDictionary<string, TemplateVariable>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var value in Scalars(YamlReader.Read(path, new SourceFile(path, path).ReadText())))
            {
                foreach (var variable in Extract(value))
                {
                    found[variable.Name] = found.TryGetValue(variable.Name, out var seen) ? Merge(seen, variable) : variable;
                }
            }
        }

        return [.. found.Values];
    }

    /// <summary>The variables of one value, in order of appearance.</summary>
    public static IEnumerable<TemplateVariable> Extract(string text)
    {
        for (var i = text.IndexOf('$'); i >= 0 && i < text.Length - 1; i = text.IndexOf('$', i))
        {
            var next = text[i + 1];
            if (next == '$')
            {
                i += 2;
            }
            else if (next == '{' && Braced(text, i + 2) is { } braced)
            {
                yield return braced.Variable;
                foreach (var nested in braced.Argument is { } argument ? Extract(argument) : [])
                {
                    yield return nested;
                }

                i = braced.End;
            }
            else
            {
                var name = Name(text, i + 1);
                if (name.Length > 0)
                {
                    yield return new TemplateVariable(name, false, null, null);
                }

                i += 1 + name.Length;
            }
        }
    }

    /// <summary>The inside of <c>${...}</c> from <paramref name="start"/>: the variable, its raw argument, and the index after the closing brace.</summary>
    private static (TemplateVariable Variable, string? Argument, int End)? Braced(string text, int start)
    {
        var name = Name(text, start);
        var i = start + name.Length;
        if (name.Length == 0 || i >= text.Length)
        {
            return null;
        }

        if (text[i] == '}')
        {
            return (new TemplateVariable(name, false, null, null), null, i + 1);
        }

        i += text[i] == ':' ? 1 : 0;
        if (i >= text.Length || text[i] is not ('-' or '?' or '+') || Close(text, i + 1) is not { } close)
        {
            return null;
        }

        var argument = text[(i + 1)..close];
        var variable = text[i] switch
        {
            '-' => new TemplateVariable(name, false, argument, null),
            '+' => new TemplateVariable(name, false, null, argument),
            _ => new TemplateVariable(name, true, null, null),
        };
        return (variable, argument, close + 1);
    }

    /// <summary>The index of the '}' that closes a <c>${</c> whose argument starts at <paramref name="start"/>.</summary>
    private static int? Close(string text, int start)
    {
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] is '$' or '{')
            {
                depth += text[i + 1] == '{' ? 1 : 0;
                i++;
            }
            else if (text[i] == '}' && depth-- == 0)
            {
                return i;
            }
        }

        return null;
    }

    private static string Name(string text, int start)
    {
        if (start >= text.Length || !Template.IsNameStart(text[start]))
        {
            return "";
        }

        var end = start + 1;
        while (end < text.Length && Template.IsNamePart(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static TemplateVariable Merge(TemplateVariable first, TemplateVariable other) =>
        first with
        {
            Required = first.Required || other.Required,
            DefaultValue = first.DefaultValue ?? other.DefaultValue,
            AlternateValue = first.AlternateValue ?? other.AlternateValue,
        };

    private static IEnumerable<string> Scalars(Node node) => node switch
    {
        ScalarNode scalar when !scalar.IsNull => [scalar.Value],
        MappingNode mapping => mapping.Entries.SelectMany(e => Scalars(e.Value)),
        SequenceNode sequence => sequence.Items.SelectMany(Scalars),
        _ => [],
    };
}
