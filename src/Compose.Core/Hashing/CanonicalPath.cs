namespace Compose.Hashing;

/// <summary>
/// Where the canonical writer is: the property paths to leave out and the dotted path of the current object
/// (<c>""</c> at the root). Map keys and sequence indexes are not part of a path.
/// </summary>
public readonly record struct CanonicalPath(IReadOnlySet<string> Ignored, string Path)
{
    public static CanonicalPath Root(IReadOnlySet<string> ignored) => new(ignored, "");

    /// <summary>The path inside <paramref name="property"/> (the same one when nothing is ignored: no need to track it).</summary>
    public CanonicalPath Enter(string property) => Ignored.Count == 0 ? this : this with { Path = Join(property) };

    public bool Skips(string property) => Ignored.Count > 0 && Ignored.Contains(Join(property));

    private string Join(string property) => Path.Length == 0 ? property : Path + "." + property;
}
