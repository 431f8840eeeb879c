using Compose.Runtime.Build;

namespace Compose.Watching;

/// <summary>
/// What watch never reacts to, whatever the rules say: anything inside a <c>.git</c> directory, and the temporary
/// and backup files editors write while saving (Vim, Emacs, JetBrains IDEs, Kate, gedit), so saving a file is one
/// change, not four.
/// </summary>
public static class DefaultWatchIgnores
{
    private static readonly IgnoreRules EditorFiles = IgnoreRules.Parse(
    [
        "*~",
        ".*.sw[a-px]",
        "4913",
        ".#*",
        "\\#*#", // Emacs auto-save; the backslash keeps the line from reading as a comment.
        "*___jb_tmp___",
        "*___jb_old___",
        ".*.kate-swp",
        ".goutputstream-*",
    ]);

    /// <param name="relativePath">The path relative to the watched rule's path, <c>/</c>-separated; empty for the path itself.</param>
    /// <param name="fileName">The changed path's own name.</param>
    public static bool IsIgnored(string relativePath, string fileName) =>
        relativePath.Split('/').Contains(".git", StringComparer.Ordinal) || EditorFiles.IsIgnored(fileName);
}
