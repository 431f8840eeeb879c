using System.Text;

namespace Compose.Loading.Interpolation;

/// <summary>
/// Expands <c>$VAR</c>, <c>${VAR}</c> and the modifiers <c>:-</c> <c>-</c> <c>:?</c> <c>?</c> <c>:+</c> <c>+</c>
/// (nested in defaults), with <c>$$</c> as a literal <c>$</c>; any other <c>$</c> stays as written. Pure: unset
/// variables are reported to the caller.
/// </summary>
public static class Template
{
    /// <summary>Expands <paramref name="text"/>; <paramref name="onUnset"/> hears each variable used without a value or default.</summary>
    public static string Expand(string text, VariableSource variables, Action<string>? onUnset = null) =>
        Expand(text, name => variables.TryGet(name, out var value) ? value : null, onUnset);

    /// <summary>Expands <paramref name="text"/> with <paramref name="lookup"/> giving a variable's value, or null when unset.</summary>
    public static string Expand(string text, Func<string, string?> lookup, Action<string>? onUnset = null)
    {
        if (!text.Contains('$'))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var position = 0;
        ExpandInto(output, text, ref position, lookup, onUnset, stopAtBrace: false);
        return output.ToString();
    }

    private static void ExpandInto(StringBuilder output, string text, ref int i, Func<string, string?> lookup, Action<string>? onUnset, bool stopAtBrace)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (stopAtBrace && c == '}')
            {
                return;
            }

            if (c != '$')
            {
                output.Append(c);
                i++;
                continue;
            }

            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (next == '$')
            {
                output.Append('$');
                i += 2;
            }
            else if (next == '{')
            {
                i += 2;
                output.Append(ExpandBraced(text, ref i, lookup, onUnset));
            }
            else if (IsNameStart(next))
            {
                var start = i + 1;
                i = start;
                while (i < text.Length && IsNamePart(text[i]))
                {
                    i++;
                }

                output.Append(Lookup(text[start..i], lookup, onUnset));
            }
            else
            {
                // Like docker compose, a '$' not followed by a name or '{' is kept as written ($(date), "cost $ 5").
                output.Append('$');
                i++;
            }
        }

        if (stopAtBrace)
        {
            throw new TemplateSyntaxException($"invalid interpolation format in \"{text}\": a '${{' is never closed with '}}'.");
        }
    }

    /// <summary>Expands the inside of <c>${...}</c>; <paramref name="i"/> starts after the brace and ends after the closing one.</summary>
    private static string ExpandBraced(string text, ref int i, Func<string, string?> lookup, Action<string>? onUnset)
    {
        var start = i;
        while (i < text.Length && IsNamePart(text[i]))
        {
            i++;
        }

        var name = text[start..i];
        if (name.Length == 0 || !IsNameStart(name[0]))
        {
            throw new TemplateSyntaxException($"invalid interpolation format in \"{text}\": '${{{Rest(text, start)}' does not start with a variable name.");
        }

        if (i < text.Length && text[i] == '}')
        {
            i++;
            return Lookup(name, lookup, onUnset);
        }

        var colon = i < text.Length && text[i] == ':';
        if (colon)
        {
            i++;
        }

        var op = i < text.Length ? text[i] : '\0';
        if (op is not ('-' or '?' or '+'))
        {
            throw new TemplateSyntaxException($"invalid interpolation format in \"{text}\": unknown modifier after '${{{name}'; use :-, -, :?, ?, :+ or +.");
        }

        i++;
        var argument = new StringBuilder();
        ExpandInto(argument, text, ref i, lookup, onUnset, stopAtBrace: true);
        i++; // the closing brace

        var value = lookup(name);
        var isPresent = colon ? value is { Length: > 0 } : value is not null;
        return op switch
        {
            '-' => isPresent ? value! : argument.ToString(),
            '+' => isPresent ? argument.ToString() : "",
            _ => isPresent ? value! : throw new RequiredVariableException(name, argument.Length > 0
                ? $"required variable {name} is missing a value: {argument}"
                : $"required variable {name} is missing a value"),
        };
    }

    private static string Lookup(string name, Func<string, string?> lookup, Action<string>? onUnset)
    {
        if (lookup(name) is { } value)
        {
            return value;
        }

        onUnset?.Invoke(name);
        return "";
    }

    private static string Rest(string text, int start) => text[start..Math.Min(text.Length, start + 10)];

    private static bool IsNameStart(char c) => c == '_' || char.IsAsciiLetter(c);

    private static bool IsNamePart(char c) => c == '_' || char.IsAsciiLetterOrDigit(c);
}
