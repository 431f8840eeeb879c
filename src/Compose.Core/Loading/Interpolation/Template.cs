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
        new Expander(text, lookup, onUnset).ExpandInto(output, stopAtBrace: false);
        return output.ToString();
    }

    /// <summary>What a variable name starts with and continues with (shared with <see cref="TemplateVariables"/>).</summary>
    internal static bool IsNameStart(char c) => c == '_' || char.IsAsciiLetter(c);

    internal static bool IsNamePart(char c) => c == '_' || char.IsAsciiLetterOrDigit(c);

    /// <summary>One expansion: the text, where the scan is, and how variables are looked up.</summary>
    private sealed class Expander(string text, Func<string, string?> lookup, Action<string>? onUnset)
    {
        private int _i;

        /// <summary>Expands up to the end, or up to the unmatched '}' of an enclosing <c>${...}</c>.</summary>
        public void ExpandInto(StringBuilder output, bool stopAtBrace)
        {
            while (_i < text.Length)
            {
                var c = text[_i];
                if (stopAtBrace && c == '}')
                {
                    return;
                }

                if (c == '$')
                {
                    ExpandDollar(output);
                }
                else
                {
                    output.Append(c);
                    _i++;
                }
            }

            if (stopAtBrace)
            {
                throw new TemplateSyntaxException($"invalid interpolation format in \"{text}\": a '${{' is never closed with '}}'.");
            }
        }

        private void ExpandDollar(StringBuilder output)
        {
            var next = _i + 1 < text.Length ? text[_i + 1] : '\0';
            if (next == '{')
            {
                _i += 2;
                output.Append(ExpandBraced());
                return;
            }

            if (IsNameStart(next))
            {
                _i++;
                output.Append(Lookup(ReadName()));
                return;
            }

            // "$$" is a literal '$'; like docker compose, a '$' not followed by a name or '{' stays as written ($(date)).
            output.Append('$');
            _i += next == '$' ? 2 : 1;
        }

        /// <summary>Expands the inside of <c>${...}</c>, from after the brace to after the closing one.</summary>
        private string ExpandBraced()
        {
            var start = _i;
            var name = ReadName();
            if (name.Length == 0 || !IsNameStart(name[0]))
            {
                throw new TemplateSyntaxException($"invalid interpolation format in \"{text}\": '${{{text[start..Math.Min(text.Length, start + 10)]}' does not start with a variable name.");
            }

            if (_i < text.Length && text[_i] == '}')
            {
                _i++;
                return Lookup(name);
            }

            var colon = _i < text.Length && text[_i] == ':';
            _i += colon ? 1 : 0;
            var op = _i < text.Length ? text[_i] : '\0';
            if (op is not ('-' or '?' or '+'))
            {
                throw new TemplateSyntaxException($"invalid interpolation format in \"{text}\": unknown modifier after '${{{name}'; use :-, -, :?, ?, :+ or +.");
            }

            _i++;
            var argument = new StringBuilder();
            ExpandInto(argument, stopAtBrace: true);
            _i++; // the closing brace
            return Apply(name, colon, op, argument.ToString());
        }

        private string Apply(string name, bool colon, char op, string argument)
        {
            var value = lookup(name);
            var isPresent = colon ? value is { Length: > 0 } : value is not null;
            return op switch
            {
                '-' => isPresent ? value! : argument,
                '+' => isPresent ? argument : "",
                _ => isPresent ? value! : throw new RequiredVariableException(name, argument.Length > 0
                    ? $"required variable {name} is missing a value: {argument}"
                    : $"required variable {name} is missing a value"),
            };
        }

        private string ReadName()
        {
            var start = _i;
            while (_i < text.Length && IsNamePart(text[_i]))
            {
                _i++;
            }

            return text[start.._i];
        }

        private string Lookup(string name)
        {
            if (lookup(name) is { } value)
            {
                return value;
            }

            onUnset?.Invoke(name);
            return "";
        }
    }
}
