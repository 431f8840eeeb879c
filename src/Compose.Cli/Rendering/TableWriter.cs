using System.Text;

namespace Compose.Cli.Rendering;

/// <summary>Left-aligned columns separated by three spaces, like docker's tables.</summary>
public sealed class TableWriter(params string[] headers)
{
    private readonly List<string[]> _rows = [headers];

    public void AddRow(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = Enumerable.Range(0, headers.Length).Select(i => _rows.Max(r => r[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                text.Append(i == row.Length - 1 ? row[i] : row[i].PadRight(widths[i] + 3));
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
