using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Compose.Cli;

/// <summary>
/// A timeout flag (<c>-t/--timeout</c>, <c>--wait-timeout</c>): a whole number of seconds as docker compose takes
/// it, or a duration as Go writes it (<c>90s</c>, <c>5m</c>, <c>1m30s</c>, <c>1.5h</c>, <c>500ms</c>, rounded up
/// to whole seconds). Anything else is refused with a sentence saying what is wanted, never the .NET type's name.
/// </summary>
public static partial class SecondsOption
{
    public static Option<int?> Create(string name, string? alias, string description)
    {
        var option = alias is null ? new Option<int?>(name) : new Option<int?>(name, alias);
        option.Description = description + " (a number of seconds, or a duration such as 90s or 5m)";
        option.HelpName = "SECONDS";
        option.CustomParser = result => Parse(result, name);
        return option;
    }

    private static int? Parse(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count == 0 ? "" : result.Tokens[^1].Value.Trim();
        if (TryParse(text, out var seconds))
        {
            return seconds;
        }

        result.AddError($"{name} wants a number of seconds or a duration such as 90s, 5m or 1m30s, not '{text}'.");
        return null;
    }

    /// <summary>Whole seconds, or a Go duration rounded up to whole seconds; false when too long for a timeout.</summary>
    public static bool TryParse(string text, out int seconds)
    {
        seconds = 0;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seconds))
        {
            return true;
        }

        if (!GoDuration().IsMatch(text))
        {
            return false;
        }

        var total = 0m;
        foreach (Match part in DurationPart().Matches(text))
        {
            if (!decimal.TryParse(part.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            if (number > int.MaxValue)
            {
                return false;
            }

            total += number * UnitSeconds(part.Groups["unit"].Value);
            if (total > int.MaxValue)
            {
                return false;
            }
        }

        seconds = (int)Math.Ceiling(total);
        return true;
    }

    private static decimal UnitSeconds(string unit) => unit switch
    {
        "h" => 3600m,
        "m" => 60m,
        "s" => 1m,
        "ms" => 0.001m,
        "us" or "µs" => 0.000001m,
        _ => 0.000000001m,
    };

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)?(?:h|m|s|ms|us|µs|ns))+$")]
    private static partial Regex GoDuration();

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)(?<unit>h|ms|m|s|us|µs|ns)")]
    private static partial Regex DurationPart();
}
