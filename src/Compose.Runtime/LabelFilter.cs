namespace Compose.Runtime;

/// <summary>
/// Selects resources by label: every entry must match. A null value means "the label is present, any value".
/// </summary>
public sealed record LabelFilter(IReadOnlyList<KeyValuePair<string, string?>> Labels)
{
    public static LabelFilter Of(string key, string? value) => new([new(key, value)]);

    public LabelFilter And(string key, string? value) => new([.. Labels, new(key, value)]);

    /// <summary>The engine's filter syntax: <c>key</c> or <c>key=value</c>.</summary>
    public IEnumerable<string> ToEngineFilters() =>
        Labels.Select(l => l.Value is null ? l.Key : $"{l.Key}={l.Value}");
}
