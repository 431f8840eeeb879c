using System.Globalization;
using System.Text;
using Compose.Execution;

namespace Compose.Cli.Rendering;

/// <summary>
/// The live tree's model, without any I/O: resources in the order they first appeared, each with a status icon,
/// its text and elapsed time; children (an image's layers) are shown under a parent that is still working and
/// collapse when it is done. <see cref="Render"/> is a pure function of the state and the clock.
/// </summary>
internal sealed class ProgressBoard
{
    private const string SpinnerFrames = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    private readonly List<ProgressEntry> _entries = [];

    public void Apply(ProgressEvent progressEvent, TimeSpan now)
    {
        // Two images may share a layer: the same layer id under each parent is a line of its own.
        var entry = _entries.Find(e => e.Kind == progressEvent.Kind && e.Name == progressEvent.Name && e.Parent == progressEvent.Parent);
        if (entry is null)
        {
            entry = new ProgressEntry(progressEvent.Kind, progressEvent.Name, progressEvent.Parent, now);
            _entries.Add(entry);
        }

        entry.Apply(progressEvent, now);
    }

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>The screen lines (without line endings), at most <paramref name="height"/> of them.</summary>
    public IReadOnlyList<string> Render(TimeSpan now, int width, int height, bool colors)
    {
        var topLevel = _entries.Where(e => e.Parent is null).ToList();
        var visible = Visible().ToList();
        var labelWidth = visible.Max(e => Indent(e).Length + e.Label.Length);
        var textWidth = visible.Max(e => e.Text.Length);
        var lines = new List<string> { $"[+] Running {topLevel.Count(e => e.IsFinished)}/{topLevel.Count}" };
        var frame = (int)(now.Ticks / TimeSpan.FromMilliseconds(80).Ticks) % SpinnerFrames.Length;
        foreach (var entry in visible)
        {
            lines.Add(Line(entry, now, width, labelWidth, textWidth, colors, frame));
        }

        // Keep the header and the newest lines when the tree is taller than the screen.
        return lines.Count <= height ? lines : [lines[0], .. lines.Skip(lines.Count - (height - 1))];
    }

    private IEnumerable<ProgressEntry> Visible()
    {
        foreach (var entry in _entries.Where(e => e.Parent is null))
        {
            yield return entry;
            if (!entry.IsFinished)
            {
                foreach (var child in _entries.Where(c => c.Parent == entry.Name))
                {
                    yield return child;
                }
            }
        }

        // Children whose parent never reported are shown at the top level rather than lost.
        foreach (var orphan in _entries.Where(c => c.Parent is not null && !_entries.Any(p => p.Parent is null && p.Name == c.Parent)))
        {
            yield return orphan;
        }
    }

    private static string Indent(ProgressEntry entry) => entry.Parent is null ? "" : "  ";

    private static string Line(ProgressEntry entry, TimeSpan now, int width, int labelWidth, int textWidth, bool colors, int frame)
    {
        var icon = Icon(entry.Status, frame, colors);
        var text = entry.Detail is { Length: > 0 } detail && entry.Status is ProgressStatus.Error or ProgressStatus.Warning
            ? $"{entry.Text}: {detail}"
            : entry.Text;
        var left = new StringBuilder()
            .Append(' ').Append(Indent(entry)).Append(icon).Append(' ')
            .Append(entry.Label.PadRight(labelWidth - Indent(entry).Length))
            .Append("  ").Append(text.PadRight(textWidth));
        var elapsed = entry.Elapsed(now).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s ";
        var visibleLength = VisibleLength(left.ToString(), icon);
        var room = width - visibleLength - elapsed.Length;
        if (room < 1)
        {
            var keep = Math.Max(0, left.Length - (1 - room) - 1);
            return left.ToString()[..keep] + "… " + (colors ? Ansi.Faint(elapsed) : elapsed);
        }

        return left.Append(' ', room).Append(colors ? Ansi.Faint(elapsed) : elapsed).ToString();
    }

    /// <summary>Length on screen: the icon's escape codes take no columns.</summary>
    private static int VisibleLength(string text, string icon) => text.Length - icon.Length + 1;

    private static string Icon(ProgressStatus status, int frame, bool colors) => status switch
    {
        ProgressStatus.Done => colors ? Ansi.Green("✔") : "✔",
        ProgressStatus.Error => colors ? Ansi.Red("✘") : "✘",
        ProgressStatus.Warning => colors ? Ansi.Yellow("!") : "!",
        _ => SpinnerFrames[frame].ToString(),
    };
}
