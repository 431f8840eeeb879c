using Compose.Execution;

namespace Compose.Cli.Rendering;

/// <summary>One resource on the live progress tree: its latest state and when it started and finished.</summary>
internal sealed class ProgressEntry(string kind, string name, string? parent, TimeSpan started)
{
    public string Kind { get; } = kind;
    public string Name { get; } = name;
    public string? Parent { get; } = parent;
    public TimeSpan Started { get; } = started;
    public TimeSpan? Ended { get; private set; }
    public ProgressStatus Status { get; private set; } = ProgressStatus.Working;
    public string Text { get; private set; } = "";
    public string? Detail { get; private set; }

    public bool IsFinished => Status != ProgressStatus.Working;

    public string Label => Parent is null ? $"{Kind} {Name}" : Name;

    public void Apply(ProgressEvent progressEvent, TimeSpan now)
    {
        Status = progressEvent.Status;
        Text = progressEvent.Text;
        Detail = progressEvent.Detail;
        Ended = IsFinished ? now : null;
    }

    public TimeSpan Elapsed(TimeSpan now) => (Ended ?? now) - Started;
}
