using System.Globalization;
using Compose.Errors;

namespace Compose.Cli.Formatting;

/// <summary>
/// <c>--since</c>/<c>--until</c> values as docker takes them: an RFC 3339 date (<c>2013-01-02T13:23:37Z</c>), a
/// Unix timestamp (<c>1700000000.5</c>), or a Go duration relative to now (<c>42m</c>, <c>1h30m</c>, <c>10s</c>).
/// </summary>
public static class TimeArgument
{
    public static DateTimeOffset Parse(string value, string option, DateTimeOffset now)
    {
        if (GoDuration.TryParse(value, out var duration))
        {
            return now - duration;
        }

        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var unix))
        {
            return DateTimeOffset.UnixEpoch.AddTicks((long)(unix * TimeSpan.TicksPerSecond));
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return time;
        }

        throw new UsageException($"{option} '{value}' is not a time: use a date (2024-01-02T15:04:05Z), a Unix timestamp, or a duration such as 42m or 1h30m.");
    }
}
