using System.Collections.Immutable;

namespace Compose.Runtime.Native.Monitoring;

/// <summary>The rows of a host <c>ps</c> listing that belong to a container (by its pids), as <c>top</c> columns.</summary>
internal static class ProcessTable
{
    public static TopResult Filter(string psOutput, IReadOnlyCollection<int> pids)
    {
        var lines = psOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length == 0)
        {
            return new TopResult([], []);
        }

        var titles = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
        var pidColumn = titles.IndexOf("PID");
        var rows = lines.Skip(1)
            .Select(l => Split(l, titles.Length))
            .Where(r => pidColumn < 0 || (int.TryParse(r[pidColumn], out var pid) && pids.Contains(pid)))
            .ToImmutableArray();
        return new TopResult(titles, rows);
    }

    /// <summary>Columns split on blanks; the last column (the command) keeps its spaces.</summary>
    private static ImmutableArray<string> Split(string line, int columns)
    {
        var parts = line.Split(' ', columns, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. parts];
    }
}
