using System.Globalization;

namespace Compose.Loading.Binding;

/// <summary>
/// File permission bits as compose files write them. Like docker compose: a quoted string is octal (<c>"440"</c>,
/// <c>"0440"</c>); an unquoted number is octal when it starts with <c>0</c> or <c>0o</c> (YAML 1.1), else decimal.
/// </summary>
public static class FileModeSyntax
{
    public static bool TryParse(string text, bool quoted, out int mode)
    {
        mode = 0;
        var digits = text.StartsWith("0o", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        var octal = quoted || text.StartsWith('0');
        if (!octal)
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out mode) && mode <= 0xFFF;
        }

        if (digits.Length == 0 || digits.Any(c => c is < '0' or > '7'))
        {
            return false;
        }

        mode = Convert.ToInt32(digits, 8);
        return mode <= 0xFFF;
    }

    /// <summary><c>0440</c>: always octal with a leading zero, as docker compose prints it.</summary>
    public static string Format(int mode) => "0" + Convert.ToString(mode, 8);
}
