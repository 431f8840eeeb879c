using System.Text;

namespace Compose.Loading.Binding;

/// <summary>
/// Splits a <c>command</c>/<c>entrypoint</c> string into arguments the way a POSIX shell would tokenize it
/// (single and double quotes, backslash escapes), without expanding anything.
/// </summary>
public static class ShellWords
{
    public static IReadOnlyList<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case ' ' or '\t' or '\n' or '\r':
                    if (inWord)
                    {
                        words.Add(current.ToString());
                        current.Clear();
                        inWord = false;
                    }

                    break;
                case '\'':
                    inWord = true;
                    i = ReadUntil(text, i + 1, '\'', current, escapes: false);
                    break;
                case '"':
                    inWord = true;
                    i = ReadUntil(text, i + 1, '"', current, escapes: true);
                    break;
                case '\\' when i + 1 < text.Length:
                    inWord = true;
                    current.Append(text[++i]);
                    break;
                default:
                    inWord = true;
                    current.Append(c);
                    break;
            }
        }

        if (inWord)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static int ReadUntil(string text, int i, char quote, StringBuilder current, bool escapes)
    {
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote)
            {
                return i;
            }

            // Inside double quotes a backslash only escapes $ ` " \ and newline, as in sh.
            if (escapes && c == '\\' && i + 1 < text.Length && text[i + 1] is '$' or '`' or '"' or '\\' or '\n')
            {
                c = text[++i];
            }

            current.Append(c);
        }

        throw new FormatException($"unterminated {quote} quote in \"{text}\"");
    }
}
