using System.Text;
using Compose.Errors;
using Compose.Loading.Files;

namespace Compose.Loading.Yaml;

/// <summary>
/// The characters YAML allows in a stream (its <c>c-printable</c> set: tab, line breaks, and printable Unicode), as
/// docker compose's YAML parser checks them: other control characters are refused with their place. YamlDotNet would
/// take a NUL byte for the end of the file and accept the others silently.
/// </summary>
public static class YamlCharacters
{
    public static void Check(string text, string displayPath)
    {
        var index = FirstDisallowed(text);
        if (index >= 0)
        {
            var rune = Rune.TryGetRuneAt(text, index, out var found) ? found.Value : text[index];
            throw new ComposeFileException(SourceText.LocationOf(text.AsSpan(0, index), displayPath), null,
                $"control characters are not allowed in YAML (found U+{rune:X4}); remove it, or write it as an escape (\"\\u{rune:X4}\") in a double-quoted string.");
        }
    }

    private static int FirstDisallowed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r' or (>= ' ' and <= '~') or '\u0085' or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD'))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
