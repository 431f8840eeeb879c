using System.Globalization;

namespace Compose.Cli.Formatting;

/// <summary>Durations as docker prints them in CREATED and STATUS columns: "4 seconds", "About a minute", "3 hours".</summary>
public static class HumanDuration
{
    public static string Format(TimeSpan duration)
    {
        var seconds = (int)duration.TotalSeconds;
        var minutes = (int)duration.TotalMinutes;
        var hours = (int)Math.Round(duration.TotalHours, MidpointRounding.AwayFromZero);
        return seconds switch
        {
            < 1 => "Less than a second",
            1 => "1 second",
            < 60 => $"{N(seconds)} seconds",
            _ when minutes == 1 => "About a minute",
            _ when minutes < 60 => $"{N(minutes)} minutes",
            _ when hours == 1 => "About an hour",
            _ when hours < 48 => $"{N(hours)} hours",
            _ when hours < 24 * 7 * 2 => $"{N(hours / 24)} days",
            _ when hours < 24 * 30 * 2 => $"{N(hours / 24 / 7)} weeks",
            _ when hours < 24 * 365 * 2 => $"{N(hours / 24 / 30)} months",
            _ => $"{N(hours / 24 / 365)} years",
        };
    }

    public static string Ago(DateTimeOffset then, DateTimeOffset now) => Format(now - then) + " ago";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
