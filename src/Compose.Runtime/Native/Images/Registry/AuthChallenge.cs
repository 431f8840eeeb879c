namespace Compose.Runtime.Native.Images.Registry;

/// <summary>
/// A <c>WWW-Authenticate</c> challenge: <c>Bearer realm="https://auth.docker.io/token",service="registry.docker.io"</c>
/// or <c>Basic realm="…"</c>. Parameters are <c>key="quoted value"</c> (backslash escapes) or bare tokens, comma separated.
/// </summary>
internal sealed record AuthChallenge(string Scheme, IReadOnlyDictionary<string, string> Parameters)
{
    public string? Realm => Parameters.GetValueOrDefault("realm");

    public string? Service => Parameters.GetValueOrDefault("service");

    public static AuthChallenge? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var text = header.Trim();
        var space = text.IndexOf(' ');
        var scheme = space < 0 ? text : text[..space];
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = space < 0 ? text.Length : space + 1;
        while (position < text.Length)
        {
            position = ReadParameter(text, position, parameters);
        }

        return new AuthChallenge(scheme, parameters);
    }

    private static int ReadParameter(string text, int position, Dictionary<string, string> parameters)
    {
        while (position < text.Length && text[position] is ' ' or ',')
        {
            position++;
        }

        var equals = text.IndexOf('=', position);
        if (equals < 0)
        {
            return text.Length;
        }

        var key = text[position..equals].Trim();
        position = equals + 1;
        var value = new System.Text.StringBuilder();
        if (position < text.Length && text[position] == '"')
        {
            for (position++; position < text.Length && text[position] != '"'; position++)
            {
                if (text[position] == '\\' && position + 1 < text.Length)
                {
                    position++;
                }

                value.Append(text[position]);
            }

            position++;
        }
        else
        {
            for (; position < text.Length && text[position] != ','; position++)
            {
                value.Append(text[position]);
            }
        }

        parameters[key] = value.ToString().Trim();
        return position;
    }
}
