using System.Text;

namespace Compose.Cli.Rendering;

/// <summary>
/// Columns as docker's tables lay them out (Go's tabwriter with minimum width 10 and padding 3): each column is as
/// wide as its longest cell plus three spaces, at least ten; the last column is not padded.
/// </summary>
public sealed class TableWriter(params string[] headers)
{
    private const int Padding = 3;
    private const int MinimumWidth = 10;
    private readonly List<string[]> _rows = [headers];

    public void AddRow(params string[] cells) => _rows.Add(cells);

    /// <summary>Rows already joined with tabs (a <c>table</c> template's output); the first is the header.</summary>
    public static TableWriter FromTabbed(string header, IEnumerable<string> rows)
    {
        var table = new TableWriter(header.Split('\t'));
        foreach (var row in rows)
        {
            table.AddRow(row.Split('\t'));
        }

        return table;
    }

    public override string ToString()
    {
        var columns = _rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns)
            .Select(i => Math.Max(MinimumWidth, _rows.Max(r => i < r.Length ? r[i].Length : 0) + Padding))
            .ToArray();
        var text = new StringBuilder();
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                text.Append(i == row.Length - 1 ? row[i] : row[i].PadRight(widths[i]));
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
