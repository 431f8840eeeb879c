using System.Text.RegularExpressions;

namespace Compose.Conversion.Kubernetes;

/// <summary>
/// Which strings may be written unquoted. kubectl reads YAML 1.1, where <c>yes</c>, <c>on</c>, <c>0755</c>,
/// <c>1e3</c>, <c>12:30</c> or <c>2024-01-01</c> are not strings: plain style is kept for text made of letters,
/// digits, inner spaces and <c>- _ . / = + @</c> that reads as none of YAML 1.1's numbers, booleans, nulls or dates.
/// </summary>
public static partial class YamlStrings
{
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "~",
    };

    public static bool IsPlainSafe(string value) =>
        value.Length > 0
        && value[0] != ' ' && value[^1] != ' ' && value[0] is not ('-' or '=' or '@')
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or '=' or '+' or '@' or ' ')
        && !Reserved.Contains(value)
        && !NumberOrDate().IsMatch(value);

    /// <summary>YAML 1.1's int (with <c>_</c>, octal, hex, binary, base 60), float, infinity, NaN and timestamp forms.</summary>
    [GeneratedRegex(@"^[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(:[0-5]?[0-9])*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|\.[0-9_]+([eE][-+]?[0-9]+)?|\.(inf|Inf|INF)|\.(nan|NaN|NAN))$|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")]
    private static partial Regex NumberOrDate();
}
