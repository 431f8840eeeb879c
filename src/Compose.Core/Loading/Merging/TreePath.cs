namespace Compose.Loading.Merging;

/// <summary>Where a node sits in the merged tree, as mapping keys from the root (<c>services</c>, <c>web</c>, <c>ports</c>).</summary>
public readonly struct TreePath
{
    private readonly string[]? _segments;

    private TreePath(string[] segments) => _segments = segments;

    public static TreePath Root => new([]);

    public int Length => _segments?.Length ?? 0;

    public string this[int index] => _segments![index];

    public static TreePath Of(params string[] segments) => new([.. segments]);

    public TreePath Child(string key) => new([.. _segments ?? [], key]);

    /// <summary>The key path as error messages show it: <c>services.web.ports</c>.</summary>
    public override string ToString() => string.Join('.', _segments ?? []);
}
