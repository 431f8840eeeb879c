using System.CommandLine;
using System.Text.RegularExpressions;
using Compose.Errors;

namespace Compose.Cli.Rendering;

/// <summary>
/// The parser's usage errors in docker compose's words: an unknown command named with the closest real one
/// (<c>unknown command 'upp' for 'composectl'; did you mean 'up'?</c>) instead of "Required command was not
/// provided", and a value of the wrong kind described by what is wanted, never by a .NET type name.
/// </summary>
public static partial class UsageMessages
{
    /// <summary>The message for a first word that is no command, or null when the command was found.</summary>
    public static string? UnknownCommand(ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command is not RootCommand root
            || parseResult.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) is not { } word)
        {
            return null;
        }

        var names = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        var hint = NearestName.Find(word, names) is { } near ? $"; did you mean '{near}'?" : "";
        return $"unknown command '{word}' for 'composectl'{hint}";
    }

    /// <summary>"Cannot parse argument 'x' for option '--index' as expected type 'System.Int32'" says what is wanted instead.</summary>
    public static string Clean(string message) =>
        TypeMismatch().Replace(message, m => $"{m.Groups["symbol"].Value} wants {Wanted(m.Groups["type"].Value)}, not '{m.Groups["value"].Value}'.");

    private static string Wanted(string type) => type switch
    {
        _ when type.Contains("Int", StringComparison.Ordinal) => "a whole number",
        _ when type.Contains("Double", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) => "a number",
        _ when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        _ => "a value of another form",
    };

    [GeneratedRegex(@"Cannot parse argument '(?<value>[^']*)' for (?:option|command|argument) '(?<symbol>[^']*)' as expected type '(?<type>[^']*)'\.?")]
    private static partial Regex TypeMismatch();
}
