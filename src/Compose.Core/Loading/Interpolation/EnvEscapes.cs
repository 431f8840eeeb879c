using System.Text;

namespace Compose.Loading.Interpolation;

/// <summary>
/// The escapes a double-quoted <c>.env</c> value understands, as in compose-go: <c>\a \b \f \n \r \t \v \\ \"</c>,
/// octal <c>\0NNN</c>, and <c>\$</c> for a literal dollar. Anything else keeps its backslash.
/// </summary>
internal static class EnvEscapes
{
    public static string Expand(string value)
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

            i += Escape(value, i + 1, output);
        }

        return output.ToString();
    }

    /// <summary>Appends the meaning of the escape whose letter is at <paramref name="at"/>; returns how many characters it used.</summary>
    private static int Escape(string value, int at, StringBuilder output)
    {
        var simple = value[at] switch
        {
            'a' => "\a",
            'b' => "\b",
            'f' => "\f",
            'n' => "\n",
            'r' => "\r",
            't' => "\t",
            'v' => "\v",
            '\\' => "\\",
            '"' => "\"",
            '$' => "$$", // stays a literal '$' through interpolation
            _ => null,
        };
        if (simple is not null)
        {
            output.Append(simple);
            return 1;
        }

        if (value[at] == '0' && IsOctal(value, at + 1, 3))
        {
            output.Append((char)Convert.ToInt32(value.Substring(at + 1, 3), 8));
            return 4;
        }

        output.Append('\\');
        return 0;
    }

    private static bool IsOctal(string value, int start, int count) =>
        start + count <= value.Length && value.AsSpan(start, count).IndexOfAnyExceptInRange('0', '7') < 0;
}
