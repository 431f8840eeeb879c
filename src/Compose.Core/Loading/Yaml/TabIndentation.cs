using Compose.Errors;
using YamlDotNet.Core;

namespace Compose.Loading.Yaml;

/// <summary>
/// YamlDotNet reports a tab used as indentation at the start of the mapping or scalar it was reading (often
/// <c>1:1</c>), not where the tab is. The tab is the first one that begins a line's indentation at or after that
/// point: the error names its line and column and says to indent with spaces.
/// </summary>
internal static class TabIndentation
{
    public static ComposeFileException? Locate(YamlException error, string text, string displayPath)
    {
        if (!error.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var lines = text.Split('\n');
        for (var index = Math.Max(0, (int)error.Start.Line - 1); index < lines.Length; index++)
        {
            var indentation = lines[index].Length - lines[index].TrimStart(' ', '\t').Length;
            var tab = lines[index].IndexOf('\t', 0, indentation);
            if (tab >= 0)
            {
                return new ComposeFileException(new SourceLocation(displayPath, index + 1, tab + 1), null,
                    "invalid YAML: a tab is used as indentation; YAML indents with spaces only. Replace the tab with spaces.", error);
            }
        }

        return null;
    }
}
