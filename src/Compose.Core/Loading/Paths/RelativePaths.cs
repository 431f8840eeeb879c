using Compose.Loading.Yaml;

namespace Compose.Loading.Paths;

/// <summary>
/// Makes the relative paths of a subtree absolute against the directory they were written for, before the subtree
/// moves into a project whose own relative paths mean another directory: a service taken by <c>extends</c> from a
/// file elsewhere, or a whole file pulled in by <c>include</c>. docs/loading.md lists the paths rewritten; everything
/// else stays as written and is resolved later against the project directory.
/// </summary>
public static class RelativePaths
{
    /// <summary>A service definition written in a file whose relative paths mean <paramref name="directory"/>.</summary>
    public static Node RebaseService(Node service, string directory) =>
        service is MappingNode mapping ? ServicePaths.Rebase(mapping, directory) : service;

    /// <summary>A whole project tree (an included file) whose relative paths mean <paramref name="directory"/>.</summary>
    public static MappingNode RebaseProject(MappingNode root, string directory) =>
        MapSections(root, (section, resource) => section switch
        {
            "services" => RebaseService(resource, directory),
            "secrets" or "configs" => MapKey(resource, "file", file => Absolute(file, directory)),
            "volumes" => RebaseVolumeDevice(resource, directory),
            _ => resource,
        });

    /// <summary>
    /// An absolute path for <paramref name="path"/>; absolute and home (<c>~</c>) paths stay as they are, and so do
    /// paths with a NUL character, which binding refuses at their place.
    /// </summary>
    public static string Absolute(string path, string directory) =>
        path.Length == 0 || path.StartsWith('~') || Path.IsPathRooted(path) || path.Contains('\0', StringComparison.Ordinal)
            ? path
            : Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(directory, path)));

    /// <summary>URLs and other non-path build contexts (<c>https://</c>, <c>git@</c>, <c>docker-image://</c>, <c>service:x</c>).</summary>
    public static bool IsRemote(string context)
    {
        if (context.Contains("://", StringComparison.Ordinal) || context.StartsWith("git@", StringComparison.Ordinal)
            || context.StartsWith("github.com/", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = context.IndexOf(':');
        return colon > 1 && context.AsSpan(0, colon).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789+.-") < 0;
    }

    internal static Node RebaseScalar(Node node, string directory) =>
        node is ScalarNode { IsNull: false } scalar ? scalar.WithValue(Absolute(scalar.Value, directory)) : node;

    internal static Node MapKey(Node node, string key, Func<string, string> map) =>
        node is MappingNode mapping && mapping[key] is ScalarNode { IsNull: false } value
            ? mapping.With(KeyOf(mapping, key), value.WithValue(map(value.Value)))
            : node;

    internal static ScalarNode KeyOf(MappingNode mapping, string key) => mapping.Entries.First(e => e.Key.Value == key).Key;

    /// <summary>A local volume whose driver options bind-mount a host directory (<c>o: bind</c>, <c>device: ./data</c>).</summary>
    private static Node RebaseVolumeDevice(Node volume, string directory)
    {
        if (volume is not MappingNode mapping || mapping["driver_opts"] is not MappingNode options
            || mapping["driver"] is ScalarNode { IsNull: false, Value: not "local" }
            || options["o"] is not ScalarNode { Value: var o } || !o.Split(',').Contains("bind"))
        {
            return volume;
        }

        return mapping.With(KeyOf(mapping, "driver_opts"), MapKey(options, "device", device => Absolute(device, directory)));
    }

    private static MappingNode MapSections(MappingNode root, Func<string, Node, Node> map) =>
        root.WithEntries([.. root.Entries.Select(section => section.Value is MappingNode resources
            ? new NodeEntry(section.Key, resources.WithEntries([.. resources.Entries.Select(r => new NodeEntry(r.Key, map(section.Key.Value, r.Value)))]))
            : section)]);
}
