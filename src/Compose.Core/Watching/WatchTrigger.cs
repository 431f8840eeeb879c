using Compose.Model;
using Compose.Runtime.Build;

namespace Compose.Watching;

/// <summary>
/// One <c>develop.watch</c> rule of one service, ready to match host paths: a path counts when it is the rule's path
/// or lies below it, is not ignored (the defaults, the build context's <c>.dockerignore</c>, the rule's
/// <c>ignore</c>, all relative to their own root) and, when the rule lists <c>include</c> patterns, matches one.
/// </summary>
public sealed class WatchTrigger(string service, int index, WatchRule rule, IgnoreRules ignore, IgnoreRules include, BuildContextIgnore? context)
{
    public string Service { get; } = service;

    /// <summary>The rule's position in the service's <c>develop.watch</c> (exec hooks run once per rule).</summary>
    public int Index { get; } = index;

    public WatchRule Rule { get; } = rule;

    public string Path => Rule.Path;

    /// <summary>Whether a change of <paramref name="hostPath"/> triggers this rule.</summary>
    public bool Matches(string hostPath) =>
        RelativePath(hostPath) is { } relative && !IsExcluded(hostPath, relative) && IsIncluded(relative);

    /// <summary>Whether the path is ignored outright (a directory walk does not descend into it); include lists not applied.</summary>
    public bool IsExcluded(string hostPath) => RelativePath(hostPath) is not { } relative || IsExcluded(hostPath, relative);

    /// <summary>The path relative to the rule's path (<c>/</c>-separated, empty for the path itself), or null when outside it.</summary>
    public string? RelativePath(string hostPath) => WatchPaths.Below(Rule.Path, hostPath);

    /// <summary>Where a host path under the rule lands in the container: the rule's target plus the relative path.</summary>
    public string ContainerPath(string hostPath)
    {
        var target = (Rule.Target ?? "/").TrimEnd('/');
        var relative = RelativePath(hostPath) ?? throw new ArgumentException($"{hostPath} is not under {Rule.Path}", nameof(hostPath));
        return relative.Length == 0 ? (target.Length == 0 ? "/" : target) : $"{target}/{relative}";
    }

    private bool IsExcluded(string hostPath, string relative)
    {
        if (DefaultWatchIgnores.IsIgnored(relative, System.IO.Path.GetFileName(hostPath)))
        {
            return true;
        }

        if (context is not null && WatchPaths.Below(context.Directory, hostPath) is { Length: > 0 } inContext && context.Rules.IsIgnored(inContext))
        {
            return true;
        }

        // The rule's own patterns are relative to its path; they cannot exclude the path itself.
        return relative.Length > 0 && ignore.IsIgnored(relative);
    }

    private bool IsIncluded(string relative) => include.IsEmpty || relative.Length == 0 || include.AnyMatches(relative);
}
