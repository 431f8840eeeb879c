using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;

namespace Compose.Loading.Include;

/// <summary>
/// One entry of <c>include</c>: a path (short form), or <c>path</c> (a string or a list of files merged together),
/// <c>project_directory</c> and <c>env_file</c> (a string or a list).
/// </summary>
public sealed record IncludeEntry(ImmutableArray<ScalarNode> Paths, ScalarNode? ProjectDirectory, ImmutableArray<ScalarNode> EnvFiles, Node Node)
{
    public static ImmutableArray<IncludeEntry> ParseAll(Node include) => include switch
    {
        ScalarNode { IsNull: true } => [],
        SequenceNode list => [.. list.Items.Select((item, i) => Parse(item, $"include[{i}]"))],
        _ => throw new ComposeFileException(include.Location, "include", $"must be a list of files to include, found {include.KindName}."),
    };

    private static IncludeEntry Parse(Node item, string path)
    {
        if (item is ScalarNode { IsNull: false } file)
        {
            return new IncludeEntry([file], null, [], item);
        }

        if (item is not MappingNode mapping)
        {
            throw new ComposeFileException(item.Location, path, $"must be a file path or a mapping with path, found {item.KindName}.");
        }

        foreach (var entry in mapping.Entries.Where(e => e.Key.Value is not ("path" or "project_directory" or "env_file")))
        {
            throw new ComposeFileException(entry.Key.Location, $"{path}.{entry.Key.Value}",
                $"unknown key '{entry.Key.Value}'; an include entry takes path, project_directory and env_file.");
        }

        var paths = Strings(mapping["path"], $"{path}.path");
        if (paths.IsEmpty)
        {
            throw new ComposeFileException(mapping.Location, path, "an include entry needs a path: the compose file(s) to include.");
        }

        var directory = Strings(mapping["project_directory"], $"{path}.project_directory", single: true);
        return new IncludeEntry(paths, directory.IsEmpty ? null : directory[0], Strings(mapping["env_file"], $"{path}.env_file"), item);
    }

    private static ImmutableArray<ScalarNode> Strings(Node? node, string path, bool single = false) => node switch
    {
        null or ScalarNode { IsNull: true } => [],
        ScalarNode scalar => [scalar],
        SequenceNode list when !single => [.. list.Items.Select((item, i) => item is ScalarNode { IsNull: false } s ? s
            : throw new ComposeFileException(item.Location, $"{path}[{i}]", $"must be a path, found {item.KindName}."))],
        _ => throw new ComposeFileException(node.Location, path, single ? $"must be a path, found {node.KindName}." : $"must be a path or a list of paths, found {node.KindName}."),
    };
}
