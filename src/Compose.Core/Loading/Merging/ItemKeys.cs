using Compose.Loading.Yaml;

namespace Compose.Loading.Merging;

/// <summary>
/// What makes two entries of a list "the same" when merging (a later file's entry replaces the earlier one) or
/// removing duplicates. Null means the entry has no identity and is never collapsed.
/// </summary>
public static class ItemKeys
{
    /// <summary>The entry itself (<c>cap_add</c>, <c>dns</c>, <c>profiles</c>, ...).</summary>
    public static string? Exact(Node node) => node is ScalarNode { IsNull: false } scalar ? scalar.Value : null;

    /// <summary><c>KEY=value</c> or <c>KEY</c> (environment, labels, build args...).</summary>
    public static string? KeyValue(Node node) => Exact(node) is { } text ? Before(text, '=') : null;

    /// <summary><c>host=ip</c> or <c>host:ip</c>.</summary>
    public static string? ExtraHost(Node node)
    {
        if (Exact(node) is not { } text)
        {
            return null;
        }

        var cut = text.IndexOfAny(['=', ':']);
        return cut < 0 ? text : text[..cut];
    }

    /// <summary>A service volume by its container path, short (<c>src:/data:ro</c>) or long (<c>target:</c>).</summary>
    public static string? VolumeTarget(Node node) => node switch
    {
        MappingNode mapping => Exact(mapping["target"] ?? EmptyScalar)?.TrimEnd('/'),
        ScalarNode { IsNull: false } scalar => ShortVolumeTarget(scalar.Value).TrimEnd('/'),
        _ => null,
    };

    /// <summary>A device by its container path (<c>/dev/a:/dev/b:rwm</c> or <c>target:</c>).</summary>
    public static string? DeviceTarget(Node node) => node switch
    {
        MappingNode mapping => Exact(mapping["target"] ?? EmptyScalar),
        ScalarNode { IsNull: false } scalar => scalar.Value.Split(':') is [var only] ? only : scalar.Value.Split(':')[1],
        _ => null,
    };

    /// <summary>A secret or config by where it is mounted (short form: under <paramref name="directory"/>).</summary>
    public static Func<Node, string?> MountTarget(string directory) => node => node switch
    {
        ScalarNode { IsNull: false } scalar => $"{directory}/{scalar.Value}",
        MappingNode mapping when Exact(mapping["target"] ?? EmptyScalar) is { } target => target,
        MappingNode mapping => $"{directory}/{Exact(mapping["source"] ?? EmptyScalar)}",
        _ => null,
    };

    /// <summary>An env_file entry by its path (<c>.env</c> or <c>{path: .env}</c>).</summary>
    public static string? EnvFilePath(Node node) => node is MappingNode mapping ? Exact(mapping["path"] ?? EmptyScalar) : Exact(node);

    /// <summary>A tmpfs mount by its path (<c>/run:size=64m</c>).</summary>
    public static string? TmpfsPath(Node node) => Exact(node) is { } text ? Before(text, ':') : null;

    /// <summary>An IPAM pool by its subnet.</summary>
    public static string? Subnet(Node node) => node is MappingNode mapping ? Exact(mapping["subnet"] ?? EmptyScalar) : null;

    private static readonly ScalarNode EmptyScalar = new(new Errors.SourceLocation("", 0, 0), "", quoted: false);

    private static string Before(string text, char separator)
    {
        var cut = text.IndexOf(separator);
        return cut < 0 ? text : text[..cut];
    }

    /// <summary>The target of <c>[source:]target[:mode]</c>, keeping a Windows drive letter with its path.</summary>
    private static string ShortVolumeTarget(string text)
    {
        var parts = new List<string>(text.Split(':'));
        if (parts.Count > 1 && parts[0].Length == 1 && char.IsAsciiLetter(parts[0][0]) && parts[1].StartsWith('\\'))
        {
            parts[0] += ":" + parts[1];
            parts.RemoveAt(1);
        }

        return parts.Count == 1 ? parts[0] : parts[1];
    }
}
