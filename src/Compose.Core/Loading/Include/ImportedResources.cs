using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Merging;
using Compose.Loading.Yaml;

namespace Compose.Loading.Include;

/// <summary>
/// The resources (services, networks, volumes, secrets, configs, models) the includes of one file bring in. Two
/// includes may not define the same resource differently; the including file's own definition of a resource is
/// merged over the included one, so it can adjust it.
/// </summary>
internal sealed class ImportedResources
{
    public static readonly ImmutableArray<string> Sections = ["services", "networks", "volumes", "secrets", "configs", "models"];

    private readonly Dictionary<string, List<(NodeEntry Entry, string From)>> _sections = new(StringComparer.Ordinal);

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
                Add(section, entry, from);
            }
        }
    }

    private void Add(string section, NodeEntry entry, string from)
    {
        if (!_sections.TryGetValue(section, out var list))
        {
            _sections[section] = list = [];
        }

        var existing = list.FindIndex(e => e.Entry.Key.Value == entry.Key.Value);
        if (existing < 0)
        {
            list.Add((entry, from));
            return;
        }

        // The same file reached through two includes (a diamond) brings the same definition: that is no conflict.
        if (!NodeEquality.Equal(list[existing].Entry.Value, entry.Value))
        {
            throw new ComposeFileException(entry.Key.Location, $"{section}.{entry.Key.Value}",
                $"defined differently by two included files: {from} and {list[existing].From} (at {list[existing].Entry.Key.Location}); rename one of them, or include only one.");
        }
    }

    /// <summary>The including file's tree with the imported resources added under its own definitions.</summary>
    public MappingNode ApplyTo(MappingNode tree)
    {
        foreach (var (section, imported) in _sections)
        {
            var own = tree[section] as MappingNode ?? new MappingNode(tree.Location, []);
            foreach (var (entry, _) in imported)
            {
                own = own.TryGet(entry.Key.Value, out var mine)
                    ? Override(own, entry, mine, section)
                    : own.WithEntries(own.Entries.Add(entry));
            }

            tree = tree.With(tree.Entries.FirstOrDefault(e => e.Key.Value == section)?.Key ?? Key(tree, section), own);
        }

        return tree;
    }

    private static MappingNode Override(MappingNode own, NodeEntry imported, Node mine, string section)
    {
        var merged = OverrideMerger.MergeLayer(imported.Value, mine, TreePath.Of(section, imported.Key.Value));
        return merged is null ? own.Without(imported.Key.Value) : own.With(imported.Key, merged);
    }

    private static ScalarNode Key(MappingNode tree, string section) => new(tree.Location, section, quoted: false);
}
