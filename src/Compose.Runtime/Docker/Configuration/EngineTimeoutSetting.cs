using System.Globalization;
using Compose.Runtime.Errors;

namespace Compose.Runtime.Docker.Configuration;

/// <summary>
/// How long a request may wait for the engine's answer: <c>COMPOSE_ENGINE_TIMEOUT</c>, else docker compose v1's
/// <c>COMPOSE_HTTP_TIMEOUT</c>, as whole or decimal seconds (<c>120</c>) or a Go duration (<c>90s</c>, <c>5m</c>,
/// <c>1m30s</c>); <c>0</c> turns the limit off. Streams and long operations are not under it (<see cref="EngineWait"/>).
/// </summary>
public static class EngineTimeoutSetting
{
    public const string Variable = "COMPOSE_ENGINE_TIMEOUT";

    /// <summary>docker compose v1's name for the same setting (seconds), read when ours is not set.</summary>
    public const string LegacyVariable = "COMPOSE_HTTP_TIMEOUT";

    /// <summary>
    /// Twice docker compose v1's 60 s: the limit is for an engine that froze, and a healthy engine on a loaded
    /// machine (CI shares 2 cores at loads of 50 and more) must never meet it.
    /// </summary>
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(120);

    /// <summary>The longest limit a timer takes (about 24 days); longer is refused with the advice to use 0.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(int.MaxValue);

    public static TimeSpan FromEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        foreach (var name in (string[])[Variable, LegacyVariable])
        {
            if (environment.TryGetValue(name, out var text) && !string.IsNullOrWhiteSpace(text))
            {
                return Parse(name, text.Trim());
            }
        }

        return Default;
    }

    /// <summary>The limit a value gives; <see cref="Timeout.InfiniteTimeSpan"/> for 0.</summary>
    public static TimeSpan Parse(string name, string text)
    {
        if (!TryParseSeconds(text, out var limit) && !TryParseDuration(text, out limit))
        {
            throw new EngineConfigurationException(
                $"{name}='{text}' is not a time: write a number of seconds (120) or a duration such as 90s or 5m, or 0 for no limit.");
        }

        if (limit > Longest)
        {
            throw new EngineConfigurationException($"{name}='{text}' is longer than the longest limit (24 days); write a shorter one, or 0 for no limit.");
        }

        return limit == TimeSpan.Zero ? Timeout.InfiniteTimeSpan : limit;
    }

    private static bool TryParseSeconds(string text, out TimeSpan limit)
    {
        limit = TimeSpan.Zero;
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds > 1e9m)
        {
            return false;
        }

        limit = TimeSpan.FromTicks((long)(seconds * TimeSpan.TicksPerSecond));
        return true;
    }

    /// <summary>Go's <c>time.ParseDuration</c> syntax without a sign: numbers (decimals allowed) each with a unit.</summary>
    private static bool TryParseDuration(string text, out TimeSpan limit)
    {
        limit = TimeSpan.Zero;
        var ticks = 0m;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
            {
                i++;
            }

            var unitStart = i;
            while (i < text.Length && !char.IsAsciiDigit(text[i]) && text[i] != '.')
            {
                i++;
            }

            if (!decimal.TryParse(text[start..unitStart], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                || number > 1e9m
                || UnitTicks(text[unitStart..i]) is not { } unit)
            {
                return false;
            }

            ticks += number * unit;
            if (ticks > TimeSpan.MaxValue.Ticks)
            {
                return false;
            }
        }

        limit = TimeSpan.FromTicks((long)ticks);
        return text.Length > 0;
    }

    private static decimal? UnitTicks(string unit) => unit switch
    {
        "h" => TimeSpan.TicksPerHour,
        "m" => TimeSpan.TicksPerMinute,
        "s" => TimeSpan.TicksPerSecond,
        "ms" => TimeSpan.TicksPerMillisecond,
        "us" or "µs" => TimeSpan.TicksPerMicrosecond,
        "ns" => 0.01m,
        _ => null,
    };
}
