using Compose.Errors;

namespace Compose.Loading.Yaml;

public sealed class ScalarNode(SourceLocation location, string value, bool quoted, string? tag = null) : Node(location, tag)
{
    public string Value { get; } = value;

    /// <summary>True when written in quotes, as a block scalar or tagged <c>!!str</c>: such a value is always a string.</summary>
    public bool Quoted { get; } = quoted;

    /// <summary>YAML's null: an unquoted <c>null</c>, <c>~</c> or nothing at all.</summary>
    public bool IsNull => !Quoted && Value is "" or "null" or "Null" or "NULL" or "~";

    public override string KindName => IsNull ? "null" : "a scalar";

    public ScalarNode WithValue(string value) => new(Location, value, Quoted, Tag);

    public override Node WithTag(string? tag) => new ScalarNode(Location, Value, Quoted, tag);

    public override string ToString() => Value;
}
