using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>
/// Typed reads of one mapping whose keys were checked against its <see cref="SpecKeys"/> section. A YAML null value
/// reads as absent. Reading a key the section does not declare is a bug in the binder, so it throws at once: the
/// section (and so <c>schemas/compose.schema.json</c>) always lists every key the binder accepts.
/// </summary>
public sealed class MappingReader
{
    private readonly ImmutableSortedSet<string> _keys;

    private MappingReader(MappingNode node, string path, ImmutableSortedSet<string> keys)
    {
        Node = node;
        Path = path;
        _keys = keys;
    }

    public MappingNode Node { get; }

    public string Path { get; }

    /// <summary>Requires a mapping holding only <paramref name="keys"/> (and <c>x-*</c> extensions).</summary>
    public static MappingReader Open(Node node, string path, ImmutableSortedSet<string> keys)
    {
        var mapping = NodeReader.Mapping(node, path);
        KeyValidator.Check(mapping, keys, path);
        return new MappingReader(mapping, path, keys);
    }

    public string PathOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public Node? Get(string key)
    {
        if (!_keys.Contains(key))
        {
            throw new InvalidOperationException($"the binder reads '{key}' at {Path}, which SpecKeys does not declare there");
        }

        return Node[key] is { } value && !ServiceBinder.IsUnset(value) ? value : null;
    }

    /// <summary>The value, or an error at the mapping naming the missing key.</summary>
    public Node Required(string key) =>
        Get(key) ?? throw new ComposeFileException(Node.Location, Path, $"'{key}' is required here.");

    public T? Object<T>(string key, Func<Node, string, T> bind)
        where T : class =>
        Get(key) is { } value ? bind(value, PathOf(key)) : null;

    public T? Value<T>(string key, Func<Node, string, T> read)
        where T : struct =>
        Get(key) is { } value ? read(value, PathOf(key)) : null;

    public string? String(string key) => Object(key, NodeReader.String);

    public bool? Bool(string key) => Value(key, NodeReader.Bool);

    public bool Flag(string key) => Bool(key) ?? false;

    public int? Int(string key) => Value(key, NodeReader.Int);

    public long? Long(string key) => Value(key, NodeReader.Long);

    public decimal? Decimal(string key) => Value(key, NodeReader.Decimal);

    public TimeSpan? Duration(string key) => Value(key, NodeReader.Duration);

    public long? Bytes(string key) => Value(key, NodeReader.Bytes);

    public int? FileMode(string key) => Value(key, NodeReader.FileMode);

    public ImmutableArray<string> Strings(string key) =>
        Get(key) is { } value ? NodeReader.StringList(value, PathOf(key)) : [];

    public ImmutableArray<string> StringOrList(string key) =>
        Get(key) is { } value ? NodeReader.StringOrList(value, PathOf(key)) : [];

    /// <summary>A <c>KEY=VALUE</c> list or a mapping; a missing value reads as an empty string.</summary>
    public ImmutableSortedDictionary<string, string> Map(string key) =>
        Get(key) is { } value ? BindingMaps.Strings(value, PathOf(key)) : ModelMaps.Empty<string>();

    /// <summary>A <c>KEY=VALUE</c> list or a mapping; a missing value stays null.</summary>
    public ImmutableSortedDictionary<string, string?> NullableMap(string key) =>
        Get(key) is { } value ? NodeReader.KeyValueMap(value, PathOf(key)) : ModelMaps.Empty<string?>();

    public ImmutableArray<T> Items<T>(string key, Func<Node, string, T> bind) =>
        Get(key) is { } value ? BindingLists.Items(value, PathOf(key), bind) : [];

    /// <summary>The <c>x-*</c> entries as plain data.</summary>
    public ImmutableSortedDictionary<string, object?> Extensions() => ModelMaps.From(Node.Entries
        .Where(e => e.Key.Value.StartsWith("x-", StringComparison.Ordinal))
        .Select(e => KeyValuePair.Create(e.Key.Value, PlainData.From(e.Value))));
}
