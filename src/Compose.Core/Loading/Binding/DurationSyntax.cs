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

    /// <summary>
    /// Go's <c>time.Duration</c> text, as docker compose prints durations: <c>1m30s</c>, <c>1m0s</c>, <c>1h0m0s</c>,
    /// <c>1.5s</c>, <c>500ms</c>, <c>0s</c>.
    /// </summary>
    public static string Format(TimeSpan duration)
    {
        if (duration == TimeSpan.Zero)
        {
            return "0s";
        }

        var sign = duration < TimeSpan.Zero ? "-" : "";
        var ticks = Math.Abs(duration.Ticks);
        if (ticks < TimeSpan.TicksPerSecond)
        {
            return sign + SubSecond(ticks);
        }

        var hours = ticks / TimeSpan.TicksPerHour;
        var minutes = ticks % TimeSpan.TicksPerHour / TimeSpan.TicksPerMinute;
        var seconds = (ticks % TimeSpan.TicksPerMinute / (decimal)TimeSpan.TicksPerSecond).ToString("0.#######", CultureInfo.InvariantCulture);
        var text = new StringBuilder(sign);
        if (hours > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{hours}h");
        }

        if (hours > 0 || minutes > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{minutes}m");
        }

        return text.Append(seconds).Append('s').ToString();
    }

    private static string SubSecond(long ticks)
    {
        var (unit, perUnit) = ticks >= TimeSpan.TicksPerMillisecond ? ("ms", (decimal)TimeSpan.TicksPerMillisecond)
            : ticks >= 10 ? ("µs", 10m)
            : ("ns", 0.01m);
        return (ticks / perUnit).ToString("0.#######", CultureInfo.InvariantCulture) + unit;
    }
}
