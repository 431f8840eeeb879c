using System.Globalization;

namespace Compose.Loading.Binding;

/// <summary>
/// Byte sizes as compose files write them: a plain number of bytes, or a number (fractions allowed) with a binary
/// unit <c>b k m g t p</c>, optionally followed by <c>i</c> and/or <c>b</c> (<c>512m</c>, <c>1.5GB</c>, <c>2gib</c>).
/// </summary>
public static class ByteSizeSyntax
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var trimmed = text.Trim();
        if (long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out bytes))
        {
            return true;
        }

        var end = 0;
        while (end < trimmed.Length && (char.IsAsciiDigit(trimmed[end]) || trimmed[end] == '.'))
        {
            end++;
        }

        if (end == 0 || !decimal.TryParse(trimmed.AsSpan(0, end), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || Multiplier(trimmed[end..].TrimStart().ToLowerInvariant()) is not { } multiplier)
        {
            return false;
        }

        try
        {
            bytes = (long)decimal.Truncate(amount * multiplier);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    public static string Format(long bytes) => bytes.ToString(CultureInfo.InvariantCulture);

    private static decimal? Multiplier(string unit)
    {
        if (unit.Length == 0)
        {
            return 1;
        }

        var power = "bkmgtp".IndexOf(unit[0], StringComparison.Ordinal);
        var suffix = unit[1..];
        if (power < 0 || (unit[0] == 'b' && suffix.Length > 0) || suffix is not ("" or "b" or "i" or "ib"))
        {
            return null;
        }

        var multiplier = 1m;
        for (var i = 0; i < power; i++)
        {
            multiplier *= 1024;
        }

        return multiplier;
    }
}
