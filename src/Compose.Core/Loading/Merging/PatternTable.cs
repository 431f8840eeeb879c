namespace Compose.Loading.Merging;

/// <summary>Values looked up by the first <see cref="PathPattern"/> that matches a path; indexed by length and last key.</summary>
public sealed class PatternTable<T>
    where T : class
{
    private readonly Dictionary<string, List<(PathPattern Pattern, T Value)>> _index = new(StringComparer.Ordinal);

    public PatternTable(IEnumerable<(string Pattern, T Value)> entries)
    {
        foreach (var (text, value) in entries)
        {
            var pattern = new PathPattern(text);
            var key = Key(pattern.Length, pattern.Last);
            if (!_index.TryGetValue(key, out var list))
            {
                _index[key] = list = [];
            }

            list.Add((pattern, value));
        }
    }

    public T? Find(TreePath path)
    {
        if (path.Length == 0)
        {
            return null;
        }

        return Find(path, Key(path.Length, path[path.Length - 1])) ?? Find(path, Key(path.Length, "*"));
    }

    private T? Find(TreePath path, string key) =>
        _index.TryGetValue(key, out var candidates)
            ? candidates.FirstOrDefault(c => c.Pattern.Matches(path)).Value
            : null;

    /// <summary>A string key (not a tuple): dictionaries keyed by value tuples cost JIT time on every start.</summary>
    private static string Key(int length, string last) => $"{length}:{last}";
}
