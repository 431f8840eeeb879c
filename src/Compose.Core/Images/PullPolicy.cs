using System.Globalization;
using Compose.Errors;
using Compose.Model;

namespace Compose.Images;

/// <summary>A parsed <c>pull_policy</c>: its kind and, for the refreshing ones, how old a pull may get.</summary>
public sealed record PullPolicy(PullPolicyKind Kind, TimeSpan? Interval = null)
{
    public static PullPolicy Default { get; } = new(PullPolicyKind.Default);

    /// <summary>The service's policy; <c>refresh</c> takes its interval from <c>pull_refresh_after</c>.</summary>
    public static PullPolicy Of(Service service)
    {
        if (service.PullPolicy == "refresh" && service.PullRefreshAfter is { } after)
        {
            return TryParseInterval(after, out var interval)
                ? new PullPolicy(PullPolicyKind.Refresh, interval)
                : throw new ComposeException($"services.{service.Name}.pull_refresh_after: '{after}' is not a duration; write it like 12h, 7d or 1w.");
        }

        return Parse(service.PullPolicy, $"services.{service.Name}.pull_policy");
    }

    /// <param name="text">The value as written (null = unset).</param>
    /// <param name="where">Where it was written (a key path or a flag), for the error message.</param>
    public static PullPolicy Parse(string? text, string where) => text switch
    {
        null or "" => Default,
        "missing" or "if_not_present" => new(PullPolicyKind.Missing),
        "always" or "refresh" => new(PullPolicyKind.Always),
        "never" => new(PullPolicyKind.Never),
        "build" => new(PullPolicyKind.Build),
        "daily" => new(PullPolicyKind.Refresh, TimeSpan.FromDays(1)),
        "weekly" => new(PullPolicyKind.Refresh, TimeSpan.FromDays(7)),
        _ when text.StartsWith("every_", StringComparison.Ordinal) && TryParseInterval(text["every_".Length..], out var interval) =>
            new(PullPolicyKind.Refresh, interval),
        _ => throw new ComposeException(
            $"{where}: '{text}' is not a pull policy; use always, missing, never, build, daily, weekly or every_<duration> (every_12h)."),
    };

    /// <summary><c>1w2d12h30m10s</c>: whole numbers, each with a unit among w, d, h, m, s.</summary>
    public static bool TryParseInterval(string text, out TimeSpan interval)
    {
        interval = TimeSpan.Zero;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (i == start || i == text.Length || !long.TryParse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                return false;
            }

            TimeSpan? unit = text[i++] switch
            {
                'w' => TimeSpan.FromDays(7),
                'd' => TimeSpan.FromDays(1),
                'h' => TimeSpan.FromHours(1),
                'm' => TimeSpan.FromMinutes(1),
                's' => TimeSpan.FromSeconds(1),
                _ => null,
            };
            if (unit is null)
            {
                return false;
            }

            interval += unit.Value * amount;
        }

        return interval > TimeSpan.Zero;
    }
}
