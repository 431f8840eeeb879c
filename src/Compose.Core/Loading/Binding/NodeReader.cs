using System.Collections.Immutable;
using System.Globalization;
using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Binding;

/// <summary>Typed reads of tree nodes; every failure names the location, the key path and what was expected.</summary>
public static class NodeReader
{
    public static MappingNode Mapping(Node node, string path) =>
        node as MappingNode ?? throw Expected(node, path, "a mapping");

    public static SequenceNode Sequence(Node node, string path) =>
        node as SequenceNode ?? throw Expected(node, path, "a list");

    public static string String(Node node, string path) =>
        node is ScalarNode { IsNull: false } scalar ? scalar.Value : throw Expected(node, path, "a string");

    public static string? OptionalString(Node node, string path) =>
        node is ScalarNode { IsNull: true } ? null : String(node, path);

    public static bool Bool(Node node, string path)
    {
        var text = String(node, path);
        return text.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw new ComposeFileException(node.Location, path, $"'{text}' is not a boolean; use true or false."),
        };
    }

    public static int Int(Node node, string path)
    {
        var text = String(node, path);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ComposeFileException(node.Location, path, $"'{text}' is not a whole number.");
    }

    public static long Long(Node node, string path)
    {
        var text = String(node, path);
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ComposeFileException(node.Location, path, $"'{text}' is not a whole number.");
    }

    /// <summary>A non-negative decimal such as a CPU count (<c>0.5</c>, <c>2</c>).</summary>
    public static decimal Decimal(Node node, string path)
    {
        var text = String(node, path);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ComposeFileException(node.Location, path, $"'{text}' is not a number; write it like 0.5 or 2.");
    }

    /// <summary>A byte size: <c>1024</c>, <c>512m</c>, <c>1.5g</c>, <c>2gb</c>.</summary>
    public static long Bytes(Node node, string path)
    {
        var text = String(node, path);
        return ByteSizeSyntax.TryParse(text, out var bytes)
            ? bytes
            : throw new ComposeFileException(node.Location, path, $"'{text}' is not a byte size; write it like 1024, 512m or 1.5g (units b, k, m, g, t, p).");
    }

    /// <summary>Permission bits in octal (<c>0440</c>).</summary>
    public static int FileMode(Node node, string path)
    {
        var text = String(node, path);
        return FileModeSyntax.TryParse(text, node is ScalarNode { Quoted: true }, out var mode)
            ? mode
            : throw new ComposeFileException(node.Location, path, $"'{text}' is not a file mode; write it in octal like 0440.");
    }

    /// <summary>Permission bits always read as octal, with or without quotes or a leading zero (tmpfs modes: <c>1777</c>).</summary>
    public static int OctalMode(Node node, string path)
    {
        var text = String(node, path);
        return FileModeSyntax.TryParse(text, quoted: true, out var mode)
            ? mode
            : throw new ComposeFileException(node.Location, path, $"'{text}' is not a file mode; write it in octal like 1777.");
    }

    /// <summary>A Go-style duration (<c>1m30s</c>, <c>500ms</c>, <c>10s</c>); a bare number means seconds.</summary>
    public static TimeSpan Duration(Node node, string path)
    {
        var text = String(node, path);
        return DurationSyntax.Parse(text, out var duration) switch
        {
            DurationStatus.Valid => duration,
            DurationStatus.OutOfRange => throw DurationTooLong(node, path, text),
            _ => throw new ComposeFileException(node.Location, path, $"'{text}' is not a valid duration; write it like 30s, 1m30s or 500ms."),
        };
    }

    public static ComposeFileException DurationTooLong(Node node, string path, string text) =>
        new(node.Location, path, $"'{Shorten(text)}' is longer than the longest duration ({DurationSyntax.Longest}); write a shorter one.");

    /// <summary>A value as messages quote it: very long ones cut, so one mistaken value does not flood the terminal.</summary>
    public static string Shorten(string text) => text.Length <= 80 ? text : $"{text[..60]}... ({text.Length:N0} characters)";

    /// <summary>A string or a list of strings (e.g. <c>profiles</c>, <c>dns</c>).</summary>
    public static ImmutableArray<string> StringOrList(Node node, string path) => node switch
    {
        ScalarNode { IsNull: false } scalar => [scalar.Value],
        SequenceNode sequence => [.. sequence.Items.Select((item, i) => String(item, $"{path}[{i}]"))],
        _ => throw Expected(node, path, "a string or a list of strings"),
    };

    public static ImmutableArray<string> StringList(Node node, string path) =>
        [.. Sequence(node, path).Items.Select((item, i) => String(item, $"{path}[{i}]"))];

    /// <summary>
    /// <c>KEY=VALUE</c> list or <c>KEY: VALUE</c> mapping into one map; a list entry without <c>=</c>, or a null
    /// mapping value, maps to null.
    /// </summary>
    public static ImmutableSortedDictionary<string, string?> KeyValueMap(Node node, string path, char separator = '=')
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        switch (node)
        {
            case MappingNode mapping:
                foreach (var entry in mapping.Entries)
                {
                    builder[entry.Key.Value] = OptionalString(entry.Value, $"{path}.{entry.Key.Value}");
                }

                break;
            case SequenceNode sequence:
                for (var i = 0; i < sequence.Items.Length; i++)
                {
                    var item = String(sequence.Items[i], $"{path}[{i}]");
                    var cut = item.IndexOf(separator);
                    builder[cut < 0 ? item : item[..cut]] = cut < 0 ? null : item[(cut + 1)..];
                }

                break;
            default:
                throw Expected(node, path, "a mapping or a list of KEY=VALUE strings");
        }

        return builder.ToImmutable();
    }

    public static ComposeFileException Expected(Node node, string path, string expected) =>
        new(node.Location, path, $"must be {expected}, found {Describe(node)}.");

    private static string Describe(Node node) => node is ScalarNode { IsNull: false } scalar ? $"'{scalar.Value}'" : node.KindName;
}
