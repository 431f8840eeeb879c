namespace Compose.Loading.Binding;

/// <summary>
/// <c>env_file</c> with <c>format: raw</c>: every non-blank, non-comment line is NAME=VALUE with the value taken
/// literally (no quotes, escapes or interpolation).
/// </summary>
public static class RawEnvFile
{
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
            .Select(line => line.IndexOf('=') is var cut and > 0
                ? KeyValuePair.Create(line[..cut].Trim(), line[(cut + 1)..])
                : KeyValuePair.Create(line.Trim(), ""))];
}
