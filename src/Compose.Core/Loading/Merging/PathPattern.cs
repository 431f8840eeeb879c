namespace Compose.Loading.Merging;

/// <summary>A tree path with <c>*</c> standing for any one key: <c>services.*.ports</c>, <c>services.*.ulimits.*</c>.</summary>
public sealed class PathPattern
{
    private readonly string[] _segments;

    public PathPattern(string pattern)
    {
        Text = pattern;
        _segments = pattern.Split('.');
    }

    public string Text { get; }

    public int Length => _segments.Length;

    public string Last => _segments[^1];

    public bool Matches(TreePath path)
    {
        if (path.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < _segments.Length; i++)
        {
            if (_segments[i] != "*" && _segments[i] != path[i])
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => Text;
}
