using System.Globalization;
using System.Text;

namespace Compose.Runtime.Docker;

/// <summary>
/// The engine's times: RFC 3339 with up to nanosecond fractions (more digits than .NET parses), and the
/// <c>seconds.nanoseconds</c> form its <c>since</c>/<c>until</c> query parameters take.
/// </summary>
internal static class EngineTime
{
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateTimeOffset time)
    {
        Span<char> chars = stackalloc char[Math.Min(utf8.Length, 64)];
        var count = Encoding.ASCII.GetChars(utf8[..chars.Length], chars);
        return TryParse(chars[..count], out time);
    }

    public static bool TryParse(ReadOnlySpan<char> text, out DateTimeOffset time)
    {
        // Keep at most 7 fractional digits (.NET's tick resolution); the engine writes up to 9.
        var dot = text.IndexOf('.');
        if (dot >= 0)
        {
            var end = dot + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - dot - 1 > 7)
            {
                text = string.Concat(text[..(dot + 8)], text[end..]);
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time);
    }

    /// <summary><c>1700000000.123456789</c>: what <c>since</c> and <c>until</c> accept.</summary>
    public static string ToQuery(DateTimeOffset time)
    {
        var ticks = time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var remainder);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds}.{remainder * 100:D9}");
    }

    /// <summary>From an event's <c>timeNano</c>.</summary>
    public static DateTimeOffset FromUnixNanoseconds(long nanoseconds) =>
        DateTimeOffset.UnixEpoch.AddTicks(nanoseconds / 100);
}
