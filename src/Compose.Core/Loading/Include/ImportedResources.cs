using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Merging;
using Compose.Loading.Yaml;

namespace Compose.Loading.Include;

/// <summary>
/// The resources (services, networks, volumes, secrets, configs, models) the includes of one file bring in. The
/// including file's own definition of a resource is merged over the included one, so it can adjust it. Two includes
/// defining the same resource differently conflict: refused, unless the including file defines that resource too,
/// which then decides (the included definitions merge in include order, the including file's last).
/// </summary>
internal sealed class ImportedResources
{
    public static readonly ImmutableArray<string> Sections = ["services", "networks", "volumes", "secrets", "configs", "models"];

    private sealed record Definition(NodeEntry Entry, string From);

    private readonly Dictionary<string, List<List<Definition>>> _sections = new(StringComparer.Ordinal);

    /// <summary>Adds what one include brought (<paramref name="from"/> names it in messages).</summary>
    public void Add(MappingNode included, string from)
    {
        foreach (var section in Sections)
        {
            if (included[section] is not { } node || node is ScalarNode { IsNull: true })
            {
                continue;
            }

            if (node is not MappingNode resources)
            {
                throw new ComposeFileException(node.Location, section, $"must be a mapping, found {node.KindName}.");
            }

            foreach (var entry in resources.Entries)
            {
                Add(section, new Definition(entry, from));
            }
        }
    }

    /// <summary>The including file's tree with the imported resources added under its own definitions.</summary>
    public MappingNode ApplyTo(MappingNode tree)
    {
        foreach (var (section, imported) in _sections)
        {
            var own = tree[section] as MappingNode ?? new MappingNode(tree.Location, []);
            foreach (var definitions in imported)
            {
                own = Import(own, section, definitions);
            }

            tree = tree.With(tree.Entries.FirstOrDefault(e => e.Key.Value == section)?.Key ?? Key(tree, section), own);
        }

        return tree;
    }

    private void Add(string section, Definition definition)
    {
        if (!_sections.TryGetValue(section, out var resources))
        {
            _sections[section] = resources = [];
        }

        var name = definition.Entry.Key.Value;
        var definitions = resources.Find(d => d[0].Entry.Key.Value == name);
        if (definitions is null)
        {
            resources.Add([definition]);
        }
        else if (!definitions.Exists(d => NodeEquality.Equal(d.Entry.Value, definition.Entry.Value)))
        {
            // The same file reached through two includes (a diamond) brings the same definition: no conflict.
            definitions.Add(definition);
        }
    }

    private static MappingNode Import(MappingNode own, string section, List<Definition> definitions)
    {
        var name = definitions[0].Entry.Key.Value;
        if (!own.TryGet(name, out var mine))
        {
            return definitions.Count == 1 ? own.WithEntries(own.Entries.Add(definitions[0].Entry)) : throw Conflict(section, definitions);
        }

        var path = TreePath.Of(section, name);
        var merged = definitions.Skip(1).Aggregate((Node?)definitions[0].Entry.Value, (earlier, later) =>
            earlier is null ? later.Entry.Value : OverrideMerger.MergeLayer(earlier, later.Entry.Value, path));
        merged = merged is null ? mine : OverrideMerger.MergeLayer(merged, mine, path);
        return merged is null ? own.Without(name) : own.With(definitions[0].Entry.Key, merged);
    }

    private static ComposeFileException Conflict(string section, List<Definition> definitions)
    {
        var (first, second) = (definitions[0], definitions[1]);
        var name = first.Entry.Key.Value;
        return new ComposeFileException(second.Entry.Key.Location, $"{section}.{name}",
            $"defined differently by two included files: {second.From} and {first.From} (at {first.Entry.Key.Location}); "
            + $"rename one of them, include only one, or define {section}.{name} in the including file to decide.");
    }

    private static ScalarNode Key(MappingNode tree, string section) => new(tree.Location, section, quoted: false);
}
