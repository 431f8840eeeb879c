using System.Globalization;
using System.Text;

namespace Compose.Loading.Binding;

/// <summary>Go's duration syntax as compose files use it: <c>1h2m3s</c>, <c>1.5s</c>, <c>300ms</c>, <c>10us</c>; a bare number is seconds.</summary>
public static class DurationSyntax
{
    /// <summary>Go's units, in nanoseconds.</summary>
    private static readonly (string Unit, long Nanoseconds)[] Units =
    [
        ("ns", 1), ("us", 1_000), ("µs", 1_000), ("μs", 1_000), ("ms", 1_000_000),
        ("s", 1_000_000_000), ("m", 60_000_000_000), ("h", 3_600_000_000_000),
    ];

    /// <summary>Go's longest duration (an int64 of nanoseconds, about 292 years), as its message names it.</summary>
    public const string Longest = "2562047h47m16s";

    public static bool TryParse(string text, out TimeSpan duration) => Parse(text, out duration) == DurationStatus.Valid;

    /// <summary>
    /// Parses like Go's <c>time.ParseDuration</c> (plus bare seconds): a duration beyond Go's range is
    /// <see cref="DurationStatus.OutOfRange"/>, never clamped.
    /// </summary>
    public static DurationStatus Parse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (text.Length == 0)
        {
            return DurationStatus.Invalid;
        }

        if (IsNumber(text))
        {
            return Total([(text, 1_000_000_000)], out duration);
        }

        var parts = new List<(string Amount, long Nanoseconds)>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            var amount = text[start..i];
            var unitStart = i;
            while (i < text.Length && !char.IsAsciiDigit(text[i]) && text[i] != '.')
            {
                i++;
            }

            var unit = text[unitStart..i];
            var match = Array.Find(Units, u => u.Unit == unit);
            if (match.Unit is null || !IsNumber(amount))
            {
                return DurationStatus.Invalid;
            }

            parts.Add((amount, match.Nanoseconds));
        }

        return Total(parts, out duration);
    }

    /// <summary>Digits with at most one decimal point, at least one digit.</summary>
    private static bool IsNumber(string text) =>
        text.Length > 0 && text.Count(c => c == '.') <= 1 && text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c == '.');

    private static DurationStatus Total(IEnumerable<(string Amount, long Nanoseconds)> parts, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var total = 0m;
        foreach (var (text, perUnit) in parts)
        {
            if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                || amount > long.MaxValue / (decimal)perUnit)
            {
                return DurationStatus.OutOfRange;
            }

            total += amount * perUnit;
            if (total > long.MaxValue)
            {
                return DurationStatus.OutOfRange;
            }
        }

        duration = TimeSpan.FromTicks((long)Math.Round(total / 100m, MidpointRounding.AwayFromZero));
        return DurationStatus.Valid;
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
