using System.Text;
using Compose.Errors;

namespace Compose.Loading.Interpolation;

/// <summary>
/// The statement scanner behind <see cref="EnvFile"/>, following compose-go's dotenv parser: blank lines and
/// <c>#</c> comments are skipped, an <c>export </c> prefix is dropped, a name ends at <c>=</c>, <c>:</c> (YAML style)
/// or the end of the line (a bare name inherits its value), quoted values may span lines.
/// </summary>
internal sealed class EnvFileReader(string text, string displayPath)
{
    private int _i;
    private int _line = 1;
    private int _lineStart;

    public enum ValueKind
    {
        /// <summary>A bare <c>NAME</c>: the value comes from the environment, when set there.</summary>
        Inherited,

        /// <summary>Unquoted: trimmed, <c> #</c> starts a comment, <c>${VAR}</c> expands.</summary>
        Unquoted,

        /// <summary>Single-quoted: taken literally.</summary>
        SingleQuoted,

        /// <summary>Double-quoted: escapes (<c>\n</c>, <c>\t</c>, <c>\"</c>, ...) and <c>${VAR}</c> expand.</summary>
        DoubleQuoted,
    }

    public readonly record struct Statement(string Key, string Value, ValueKind Kind, SourceLocation Location);

    public Statement? Next()
    {
        if (!SkipToStatement())
        {
            return null;
        }

        var location = Here();
        SkipExportPrefix();
        var key = ReadKey(location, out var inherited);
        if (inherited)
        {
            return new Statement(key, "", ValueKind.Inherited, location);
        }

        SkipSpaces();
        return ReadValue(key, location);
    }

    /// <summary>Skips whitespace, empty lines and comment lines; false at the end of the text.</summary>
    private bool SkipToStatement()
    {
        while (_i < text.Length)
        {
            var c = text[_i];
            if (c == '#')
            {
                SkipToEndOfLine();
            }
            else if (char.IsWhiteSpace(c))
            {
                Advance();
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private void SkipExportPrefix()
    {
        if (string.CompareOrdinal(text, _i, "export", 0, 6) == 0 && _i + 6 < text.Length && IsSpace(text[_i + 6]))
        {
            _i += 6;
            SkipSpaces();
        }
    }

    private string ReadKey(SourceLocation location, out bool inherited)
    {
        var start = _i;
        while (_i < text.Length && text[_i] is not ('=' or ':' or '\n'))
        {
            var c = text[_i];
            if (!IsSpace(c) && !IsKeyCharacter(c))
            {
                throw new ComposeFileException(Here(), null,
                    $"unexpected character '{c}' in variable name '{CurrentLine(start)}'; lines look like NAME=value.");
            }

            _i++;
        }

        var key = text[start.._i].TrimEnd();
        inherited = _i >= text.Length || text[_i] == '\n';
        if (_i < text.Length)
        {
            Advance();
        }

        Validate(key, location);
        return key;
    }

    private static void Validate(string key, SourceLocation location)
    {
        if (key.Length == 0)
        {
            throw new ComposeFileException(location, null, "a line has no variable name before its value; lines look like NAME=value.");
        }

        if (key.Any(char.IsWhiteSpace))
        {
            throw new ComposeFileException(location, null, $"'{key}' is not a valid variable name: it contains a space; lines look like NAME=value.");
        }
    }

    private Statement ReadValue(string key, SourceLocation location)
    {
        if (_i < text.Length && text[_i] is '\'' or '"')
        {
            var quote = text[_i];
            var value = ReadQuoted(key, quote);
            return new Statement(key, value, quote == '"' ? ValueKind.DoubleQuoted : ValueKind.SingleQuoted, location);
        }

        var start = _i;
        SkipToEndOfLine();
        var raw = text[start.._i];
        var comment = raw.IndexOf(" #", StringComparison.Ordinal);
        return new Statement(key, (comment >= 0 ? raw[..comment] : raw).TrimEnd(), ValueKind.Unquoted, location);
    }

    /// <summary>Reads up to the closing quote; an escaped quote loses its backslash, other escapes are kept for later.</summary>
    private string ReadQuoted(string key, char quote)
    {
        var opening = Here();
        Advance();
        var value = new StringBuilder();
        while (_i < text.Length)
        {
            var c = text[_i];
            Advance();
            if (c == '\\' && _i < text.Length)
            {
                var escaped = text[_i];
                Advance();
                value.Append(escaped == quote ? "" : "\\").Append(escaped);
            }
            else if (c == quote)
            {
                return value.ToString();
            }
            else
            {
                value.Append(c);
            }
        }

        throw new ComposeFileException(opening, null, $"the value of {key} opens a {quote} quote that is never closed.");
    }

    private void SkipSpaces()
    {
        while (_i < text.Length && IsSpace(text[_i]))
        {
            _i++;
        }
    }

    /// <summary>Moves to the line break (not past it), so the next statement starts on the following line.</summary>
    private void SkipToEndOfLine()
    {
        while (_i < text.Length && text[_i] != '\n')
        {
            _i++;
        }
    }

    private void Advance()
    {
        if (text[_i] == '\n')
        {
            _line++;
            _lineStart = _i + 1;
        }

        _i++;
    }

    private string CurrentLine(int from)
    {
        var end = text.IndexOf('\n', from);
        return text[from..(end < 0 ? text.Length : end)].TrimEnd();
    }

    private SourceLocation Here() => new(displayPath, _line, _i - _lineStart + 1);

    /// <summary>Spaces that do not end a line.</summary>
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\v' or '\f' or '\r' or '\u0085' or '\u00A0';

    private static bool IsKeyCharacter(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or '-' or '[' or ']';
}
