using System.Collections.Immutable;

namespace Compose.Runtime.Docker;

/// <summary>
/// <c>top</c> answers as columns. Docker splits <c>ps</c> output itself; Podman 4.3 returns each line whole
/// (one title string, one string per process), so such answers are split here: on runs of spaces, the last
/// column (the command) keeping its own spaces.
/// </summary>
internal static class TopColumns
{
    public static TopResult Split(string[] titles, string[][] processes)
    {
        if (titles.Length != 1 || !titles[0].Contains(' '))
        {
            return new TopResult([.. titles], [.. processes.Select(p => p.ToImmutableArray())]);
        }

        var columns = titles[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new TopResult([.. columns], [.. processes.Select(p => SplitLine(string.Join(' ', p), columns.Length))]);
    }

    private static ImmutableArray<string> SplitLine(string line, int columns) =>
        [.. line.Split(' ', columns, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
