using System.Text;
using System.Text.RegularExpressions;

namespace Compose.Runtime.Build;

/// <summary>
/// One <c>.dockerignore</c> line, with the docker CLI's semantics: paths relative to the context root, <c>*</c> and
/// <c>?</c> within one path component, <c>**</c> across any number of them, <c>[...]</c> classes, <c>\</c> escapes,
/// and a leading <c>!</c> re-including what earlier lines excluded. A pattern also matches everything below a
/// directory it matches.
/// </summary>
internal sealed class IgnorePattern
{
    private readonly Regex _regex;
    private readonly int _components;

    private IgnorePattern(string cleaned, bool exclusion)
    {
        Text = cleaned;
        IsExclusion = exclusion;
        _components = cleaned.Split('/').Length;
        _regex = new Regex("^" + ToRegex(cleaned) + "$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }

    /// <summary>The pattern as cleaned (no <c>!</c>, no leading or trailing slashes).</summary>
    public string Text { get; }

    /// <summary>A <c>!</c> line: matching paths are included again.</summary>
    public bool IsExclusion { get; }

    public static IgnorePattern? Parse(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.StartsWith('#'))
        {
            return null;
        }

        var exclusion = text.StartsWith('!');
        var cleaned = Clean(exclusion ? text[1..].Trim() : text);
        return cleaned.Length == 0 ? null : new IgnorePattern(cleaned, exclusion);
    }

    /// <summary>Matches the path itself or the ancestor directory with as many components as the pattern has.</summary>
    public bool Matches(string relativePath)
    {
        if (_regex.IsMatch(relativePath))
        {
            return true;
        }

        var components = relativePath.Split('/');
        return components.Length > _components && _regex.IsMatch(string.Join('/', components[.._components]));
    }

    /// <summary>Go's <c>filepath.Clean</c> for the cases that occur in ignore files, relative to the root.</summary>
    private static string Clean(string pattern)
    {
        var parts = new List<string>();
        foreach (var part in pattern.Replace('\\', '/').Split('/'))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return string.Join('/', parts);
    }

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                i++;
                // "**/" also matches zero directories; a bare "**" matches anything, separators included.
                if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                {
                    i++;
                    regex.Append("(.*/)?");
                }
                else
                {
                    regex.Append(".*");
                }
            }
            else
            {
                i = AppendSingle(pattern, i, regex);
            }
        }

        return regex.ToString();
    }

    private static int AppendSingle(string pattern, int i, StringBuilder regex)
    {
        switch (pattern[i])
        {
            case '*':
                regex.Append("[^/]*");
                return i;
            case '?':
                regex.Append("[^/]");
                return i;
            case '\\' when i + 1 < pattern.Length:
                regex.Append(Regex.Escape(pattern[i + 1].ToString()));
                return i + 1;
            case '[' when pattern.IndexOf(']', i + 1) is var close and > 0:
                var body = pattern[(i + 1)..close];
                regex.Append('[').Append(body.StartsWith('^') || body.StartsWith('!') ? "^" + body[1..] : body).Append(']');
                return close;
            default:
                regex.Append(Regex.Escape(pattern[i].ToString()));
                return i;
        }
    }
}
