using System.CommandLine;

namespace Compose.Cli.Rendering;

/// <summary>
/// A command's own option wins an alias it shares with a global one after the command's name (<c>logs -f</c> is
/// <c>--follow</c>, <c>run -p</c> is <c>--publish</c>), so that command's help lists the global option by its
/// other names only (<c>--file</c>), and no alias appears twice. The parser's help cannot be told per command, so
/// its text is adjusted, keeping the columns where they were.
/// </summary>
public static class HelpLabels
{
    public static string WithoutShadowedAliases(string help, Command command, RootCommand root)
    {
        var taken = command.Options.SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet(StringComparer.Ordinal);
        var lines = help.Split('\n');
        foreach (var global in root.Options.Where(o => o.Recursive && !command.Options.Contains(o)))
        {
            foreach (var alias in global.Aliases.Where(taken.Contains))
            {
                var label = $"{alias}, {global.Name}";
                var row = Array.FindIndex(lines, l => l.TrimStart().StartsWith(label, StringComparison.Ordinal));
                if (row >= 0)
                {
                    var at = lines[row].IndexOf(label, StringComparison.Ordinal);
                    var rest = lines[row][(at + label.Length)..];
                    // Keep the description column: the removed "-f, " becomes padding after the label's value.
                    var valueEnd = rest.StartsWith(" <", StringComparison.Ordinal) ? rest.IndexOf('>') + 1 : 0;
                    lines[row] = lines[row][..at] + global.Name + rest[..valueEnd] + new string(' ', alias.Length + 2) + rest[valueEnd..];
                }
            }
        }

        return string.Join('\n', lines);
    }
}
