using Compose.Loading.Yaml;

namespace Compose.Loading.Paths;

/// <summary>
/// The paths of one service that are relative to the file's directory: build context and additional contexts,
/// env_file, label_file, bind-mount sources (short <c>./src:/dst</c> and long <c>type: bind</c>), develop.watch paths.
/// </summary>
internal static class ServicePaths
{
    public static MappingNode Rebase(MappingNode service, string directory) =>
        service.WithEntries([.. service.Entries.Select(entry => new NodeEntry(entry.Key, entry.Key.Value switch
        {
            "build" => Build(entry.Value, directory),
            "env_file" or "label_file" => Each(entry.Value, item => EnvFile(item, directory)),
            "volumes" => Each(entry.Value, item => Volume(item, directory)),
            "develop" => Develop(entry.Value, directory),
            _ => entry.Value,
        }))]);

    /// <summary>
    /// <c>build: ./dir</c> or <c>build.context</c>; a build without a context means the file's own directory, so it gets
    /// one. Remote contexts (git, https) stay as they are.
    /// </summary>
    private static Node Build(Node build, string directory)
    {
        if (build is ScalarNode { IsNull: false } context)
        {
            return RelativePaths.IsRemote(context.Value) ? context : RelativePaths.RebaseScalar(context, directory);
        }

        if (build is not MappingNode mapping)
        {
            return build;
        }

        mapping = mapping["context"] is null
            ? mapping.With(new ScalarNode(mapping.Location, "context", quoted: false), new ScalarNode(mapping.Location, directory, quoted: true))
            : (MappingNode)RelativePaths.MapKey(mapping, "context", c => RelativePaths.IsRemote(c) ? c : RelativePaths.Absolute(c, directory));
        return mapping["additional_contexts"] is { } contexts
            ? mapping.With(RelativePaths.KeyOf(mapping, "additional_contexts"), AdditionalContexts(contexts, directory))
            : mapping;
    }

    private static Node AdditionalContexts(Node contexts, string directory) => contexts switch
    {
        MappingNode mapping => mapping.WithEntries([.. mapping.Entries.Select(e => new NodeEntry(e.Key,
            e.Value is ScalarNode { IsNull: false } value && !RelativePaths.IsRemote(value.Value) ? RelativePaths.RebaseScalar(value, directory) : e.Value))]),
        SequenceNode list => list.WithItems([.. list.Items.Select(item => NamedContext(item, directory))]),
        _ => contexts,
    };

    /// <summary><c>name=path</c> in the list form of additional_contexts.</summary>
    private static Node NamedContext(Node item, string directory)
    {
        if (item is not ScalarNode { IsNull: false } scalar || scalar.Value.IndexOf('=') is var cut && cut < 0)
        {
            return item;
        }

        var path = scalar.Value[(cut + 1)..];
        return RelativePaths.IsRemote(path) ? item : scalar.WithValue($"{scalar.Value[..cut]}={RelativePaths.Absolute(path, directory)}");
    }

    /// <summary>An env_file entry: a path, or <c>{path: ..., required: ...}</c>.</summary>
    private static Node EnvFile(Node item, string directory) =>
        item is MappingNode ? RelativePaths.MapKey(item, "path", p => RelativePaths.Absolute(p, directory)) : RelativePaths.RebaseScalar(item, directory);

    /// <summary>Short syntax binds start with '.' (a bare name is a named volume); long syntax binds have <c>type: bind</c>.</summary>
    private static Node Volume(Node item, string directory)
    {
        if (item is ScalarNode { IsNull: false } scalar && scalar.Value.StartsWith('.'))
        {
            var colon = scalar.Value.IndexOf(':');
            var source = colon < 0 ? scalar.Value : scalar.Value[..colon];
            return scalar.WithValue(RelativePaths.Absolute(source, directory) + (colon < 0 ? "" : scalar.Value[colon..]));
        }

        return item is MappingNode { } mapping && mapping["type"] is ScalarNode { Value: "bind" }
            ? RelativePaths.MapKey(mapping, "source", s => RelativePaths.Absolute(s, directory))
            : item;
    }

    private static Node Develop(Node develop, string directory)
    {
        if (develop is not MappingNode mapping || mapping["watch"] is not SequenceNode watch)
        {
            return develop;
        }

        return mapping.With(RelativePaths.KeyOf(mapping, "watch"),
            watch.WithItems([.. watch.Items.Select(rule => RelativePaths.MapKey(rule, "path", p => RelativePaths.Absolute(p, directory)))]));
    }

    private static Node Each(Node node, Func<Node, Node> map) => node switch
    {
        SequenceNode list => list.WithItems([.. list.Items.Select(map)]),
        ScalarNode or MappingNode => map(node),
        _ => node,
    };
}
