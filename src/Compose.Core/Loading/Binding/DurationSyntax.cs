using System.Globalization;
using System.Text;

namespace Compose.Loading.Binding;

/// <summary>Go's duration syntax as compose files use it: <c>1h2m3s</c>, <c>1.5s</c>, <c>300ms</c>, <c>10us</c>; a bare number is seconds.</summary>
public static class DurationSyntax
{
    private static readonly (string Unit, double Ticks)[] Units =
    [
        ("ns", 0.01), ("us", 10), ("µs", 10), ("ms", TimeSpan.TicksPerMillisecond),
        ("s", TimeSpan.TicksPerSecond), ("m", TimeSpan.TicksPerMinute), ("h", TimeSpan.TicksPerHour),
    ];

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            duration = TimeSpan.FromSeconds(seconds);
            return true;
        }

        var ticks = 0.0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            if (!double.TryParse(text.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            var unitStart = i;
            while (i < text.Length && !char.IsAsciiDigit(text[i]) && text[i] != '.')
            {
                i++;
            }

            var unit = text[unitStart..i];
            var match = Array.Find(Units, u => u.Unit == unit);
            if (match.Unit is null)
            {
                return false;
            }

            ticks += amount * match.Ticks;
        }

        duration = TimeSpan.FromTicks((long)Math.Round(ticks));
        return text.Length > 0;
    }

    /// <summary>The shortest Go-style form: <c>1m30s</c>, <c>500ms</c>, <c>0s</c>.</summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }

        var text = new StringBuilder();
        if (duration.Hours + (duration.Days * 24) > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{duration.Hours + (duration.Days * 24)}h");
        }

        if (duration.Minutes > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{duration.Minutes}m");
        }

        if (duration.Seconds > 0 || duration.Milliseconds > 0)
        {
            text.Append(duration.Milliseconds > 0 && duration.TotalSeconds < 1
                ? string.Create(CultureInfo.InvariantCulture, $"{duration.Milliseconds}ms")
                : string.Create(CultureInfo.InvariantCulture, $"{duration.Seconds + (duration.Milliseconds / 1000.0)}s"));
        }

        return text.ToString();
    }
}
