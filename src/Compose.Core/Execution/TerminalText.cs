using System.Text.RegularExpressions;

namespace Compose.Execution;

/// <summary>
/// Text from containers and builders (a step's output, an engine message) without terminal escape sequences:
/// colour codes (<c>ESC[91m</c>), cursor moves and titles are removed whole, so no <c>[91m</c> fragment is left in a
/// CI log or a progress line, and any other control character becomes a space.
/// </summary>
public static partial class TerminalText
{
    public static string Strip(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var withoutSequences = EscapeSequence().Replace(text, "");
        return withoutSequences.Any(char.IsControl) ? new string([.. withoutSequences.Select(c => char.IsControl(c) ? ' ' : c)]) : withoutSequences;
    }

    /// <summary>CSI (<c>ESC [ … final</c>, also the 8-bit CSI), OSC (<c>ESC ] … BEL or ESC \</c>) and two-character escapes.</summary>
    [GeneratedRegex(@"(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]")]
    private static partial Regex EscapeSequence();
}
