using Compose.Errors;

namespace Compose.Cli.Formatting;

/// <summary>Splits a template into literal text and <c>{{…}}</c> actions, rejecting what it does not support by name.</summary>
internal static class TemplateParser
{
    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal) { "json", "upper", "lower" };

    public static List<TemplatePart> Parse(string body, string source)
    {
        var parts = new List<TemplatePart>();
        var position = 0;
        while (position < body.Length)
        {
            var open = body.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(new TemplatePart.Literal(body[position..]));
                break;
            }

            if (open > position)
            {
                parts.Add(new TemplatePart.Literal(body[position..open]));
            }

            var close = body.IndexOf("}}", open + 2, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new ComposeException($"template {source}: unclosed action at column {open + 1}; end it with }}}}.");
            }

            parts.Add(ParseAction(body[(open + 2)..close].Trim(' ', '-'), source));
            position = close + 2;
        }

        return parts;
    }

    private static TemplatePart.Action ParseAction(string text, string source)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (function, argument) = words.Length switch
        {
            1 => ((string?)null, words[0]),
            2 when Functions.Contains(words[0]) => (words[0], words[1]),
            _ => throw Unsupported(text, source),
        };
        if (!argument.StartsWith('.'))
        {
            throw Unsupported(text, source);
        }

        var path = argument == "." ? [] : argument[1..].Split('.');
        return path.Any(p => p.Length == 0) ? throw Unsupported(text, source) : new TemplatePart.Action(function, [.. path]);
    }

    private static ComposeException Unsupported(string action, string source) =>
        new($"template {source}: '{{{{{action}}}}}' is not supported; use {{{{.Field}}}}, {{{{json .}}}}, {{{{json .Field}}}}, {{{{upper .Field}}}} or {{{{lower .Field}}}}.");
}
