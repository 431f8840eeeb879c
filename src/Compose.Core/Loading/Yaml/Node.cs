using Compose.Errors;

namespace Compose.Loading.Yaml;

/// <summary>
/// The loader's tree: plain YAML data where every node remembers where it came from, so every later
/// stage can report file:line:col. Nodes are immutable; stages build new trees.
/// </summary>
public abstract class Node(SourceLocation location, string? tag)
{
    public SourceLocation Location { get; } = location;

    /// <summary>A local tag such as <c>!reset</c> or <c>!override</c>; null when none.</summary>
    public string? Tag { get; } = tag;

    public abstract string KindName { get; }

    /// <summary>A copy carrying <paramref name="tag"/> (null to drop the tag).</summary>
    public abstract Node WithTag(string? tag);
}
