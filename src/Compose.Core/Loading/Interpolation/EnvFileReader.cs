using System.Text;
using Compose.Errors;

namespace Compose.Loading.Interpolation;

/// <summary>The character-level scanner behind <see cref="EnvFile"/>.</summary>
internal sealed class EnvFileReader(string text, string displayPath)
{
    private int _i;
    private int _line = 1;

    public readonly record struct Entry(string Key, string Value, bool Literal);

    public Entry? NextEntry()
    {
        while (_i < text.Length)
        {
            SkipBlanks();
            if (_i >= text.Length)
            {
                return null;
            }

            if (text[_i] is '\n' or '#')
            {
                SkipLine();
                continue;
            }

            var lineStart = _line;
            var key = ReadKey();
            if (key.StartsWith("export ", StringComparison.Ordinal))
            {
                key = key["export ".Length..].Trim();
            }

            if (key.Length == 0 || key.Any(c => char.IsWhiteSpace(c)))
            {
                throw new ComposeFileException(new SourceLocation(displayPath, lineStart, 1), null,
                    $"'{key}' is not a valid variable name; lines look like NAME=value.");
            }

            if (_i >= text.Length || text[_i] == '\n')
            {
                // A bare NAME: nothing to set here (compose takes it from the shell when used in env_file).
                SkipLine();
                continue;
            }

            _i++; // '='
            return ReadValue(key, lineStart);
        }

        return null;
    }

    private string ReadKey()
    {
        var start = _i;
        while (_i < text.Length && text[_i] is not ('=' or '\n'))
        {
            _i++;
        }

        return text[start.._i].Trim();
    }

    private Entry ReadValue(string key, int lineStart)
    {
        SkipBlanks();
        if (_i < text.Length && text[_i] is '\'' or '"')
        {
            var quote = text[_i++];
            var value = quote == '\'' ? ReadUntil('\'', key, lineStart) : Unescape(ReadUntil('"', key, lineStart));
            SkipLine();
            return new Entry(key, value, quote == '\'');
        }

        var start = _i;
        while (_i < text.Length && text[_i] != '\n')
        {
            // An inline comment starts at " #" in an unquoted value.
            if (text[_i] == '#' && _i > start && char.IsWhiteSpace(text[_i - 1]))
            {
                break;
            }

            _i++;
        }

        var raw = text[start.._i].Trim();
        SkipLine();
        return new Entry(key, raw, false);
    }

    private string ReadUntil(char quote, string key, int lineStart)
    {
        var value = new StringBuilder();
        while (_i < text.Length)
        {
            var c = text[_i++];
            if (c == '\\' && quote == '"' && _i < text.Length)
            {
                value.Append(c).Append(text[_i++]);
                continue;
            }

            if (c == quote)
            {
                return value.ToString();
            }

            if (c == '\n')
            {
                _line++;
            }

            value.Append(c);
        }

        throw new ComposeFileException(new SourceLocation(displayPath, lineStart, 1), null,
            $"the value of {key} opens a {quote} quote that is never closed.");
    }

    private static string Unescape(string value)
    {
        if (!value.Contains('\\'))
        {
            return value;
        }

        var output = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 >= value.Length)
            {
                output.Append(value[i]);
                continue;
            }

            var next = value[++i];
            output.Append(next switch
            {
                'n' => "\n",
                't' => "\t",
                'r' => "\r",
                '"' => "\"",
                '\\' => "\\",
                '$' => "$$", // keep it literal through interpolation
                _ => "\\" + next,
            });
        }

        return output.ToString();
    }

    private void SkipBlanks()
    {
        while (_i < text.Length && text[_i] is ' ' or '\t')
        {
            _i++;
        }
    }

    private void SkipLine()
    {
        while (_i < text.Length && text[_i] != '\n')
        {
            _i++;
        }

        if (_i < text.Length)
        {
            _i++;
            _line++;
        }
    }
}
