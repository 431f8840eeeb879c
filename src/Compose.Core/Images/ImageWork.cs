using System.Collections.Immutable;

namespace Compose.Images;

/// <summary>The pulls and builds a command needs before its containers can be planned, in reference order.</summary>
public sealed record ImageWork(ImmutableArray<ImageTask> Tasks)
{
    public static ImageWork None { get; } = new([]);

    public bool IsEmpty => Tasks.IsEmpty;

    public IEnumerable<ImageTask> Pulls => Tasks.Where(t => t.Action is ImageAction.Pull or ImageAction.PullOrBuild);

    public IEnumerable<ImageTask> Builds => Tasks.Where(t => t.Action == ImageAction.Build);

    /// <summary>One line per image, printed before the container plan by <c>--dry-run</c> and <c>composectl plan</c>.</summary>
    public string ToText() => string.Concat(Tasks.Select(t => t + "\n"));
}
