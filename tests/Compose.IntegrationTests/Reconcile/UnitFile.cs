using System.Text;

namespace Compose.IntegrationTests.Reconcile;

/// <summary>
/// A systemd unit file read the way systemd reads it (sections of <c>Key=value</c> lines, <c>#</c> comments, command
/// lines split on blanks with double quotes and backslash escapes, <c>%%</c> for <c>%</c>), so a test checks what
/// systemd would run rather than the text composectl happened to write.
/// </summary>
internal sealed class UnitFile
{
    private readonly List<(string Section, string Key, string Value)> _entries = [];

    private UnitFile()
    {
    }

    public static UnitFile Parse(string text)
    {
        var unit = new UnitFile();
        var section = "";
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith(';')))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            unit._entries.Add((section, line[..equals].Trim(), line[(equals + 1)..].Trim()));
        }

        return unit;
    }

    public IReadOnlyList<string> Sections => [.. _entries.Select(e => e.Section).Distinct()];

    /// <summary>Every value of <paramref name="key"/> in <paramref name="section"/>, in order (Environment= may repeat).</summary>
    public IReadOnlyList<string> Values(string section, string key) =>
        [.. _entries.Where(e => e.Section == section && e.Key == key).Select(e => e.Value)];

    public string? Value(string section, string key) => Values(section, key) is [.., var last] ? last : null;

    /// <summary><c>Environment="A=b c"</c> lines as variables (one assignment per line, as composectl writes them).</summary>
    public IReadOnlyDictionary<string, string> Environment() =>
        Values("Service", "Environment").Select(v => Words(v).Single()).ToDictionary(a => a[..a.IndexOf('=', StringComparison.Ordinal)], a => a[(a.IndexOf('=', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);

    /// <summary>A command line or an assignment list split into words as systemd does.</summary>
    public static IReadOnlyList<string> Words(string value)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var quoted = false;
        var inWord = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\' && i + 1 < value.Length)
            {
                word.Append(value[++i]);
                inWord = true;
            }
            else if (c == '"')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (c == '%' && i + 1 < value.Length && value[i + 1] == '%')
            {
                word.Append('%');
                i++;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
