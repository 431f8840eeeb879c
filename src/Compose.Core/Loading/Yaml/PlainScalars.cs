using System.Text.RegularExpressions;

namespace Compose.Loading.Yaml;

/// <summary>
/// How YAML 1.2's core schema (as docker compose's YAML library applies it) types an unquoted scalar. Only used to
/// refuse mapping keys that are not strings, as docker compose does (<c>1:</c>, <c>true:</c>, <c>~:</c>).
/// </summary>
public static partial class PlainScalars
{
    /// <summary>The kind of a plain scalar: "a number", "a boolean", "null", or null when it is a string.</summary>
    public static string? NonStringKind(string value)
    {
        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return "null";
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return "a boolean";
        }

        return Number().IsMatch(value) ? "a number" : null;
    }

    [GeneratedRegex(@"^(?:[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)|[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex Number();
}
