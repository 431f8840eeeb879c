using System.Collections.Immutable;
using Compose.Loading.Merging;
using Compose.Loading.Yaml;

namespace Compose.Loading.Tree;

/// <summary>
/// <c>x-</c> extension fields are kept at the top level and in each service, network, volume, secret, config and
/// model definition, where the model keeps them; in the structured attributes inside a service (build, deploy,
/// healthcheck, ports, volumes...) and in network IPAM they are dropped, so nothing downstream has to skip them.
/// Mappings whose keys are data (labels, environment, ...) are never touched.
/// </summary>
public static class ExtensionFields
{
    /// <summary>Where extension fields are dropped; <c>[]</c> stands for the entries of a list.</summary>
    public static readonly ImmutableArray<string> DroppedIn =
    [
        "services.*.build", "services.*.deploy", "services.*.deploy.resources", "services.*.deploy.resources.limits",
        "services.*.deploy.resources.reservations", "services.*.deploy.restart_policy", "services.*.deploy.update_config",
        "services.*.deploy.rollback_config", "services.*.deploy.placement", "services.*.healthcheck", "services.*.logging",
        "services.*.develop", "services.*.develop.watch.[]", "services.*.ports.[]", "services.*.volumes.[]",
        "services.*.volumes.[].bind", "services.*.volumes.[].volume", "services.*.volumes.[].tmpfs",
        "services.*.volumes.[].image", "services.*.secrets.[]", "services.*.configs.[]", "services.*.networks.*",
        "services.*.depends_on.*", "services.*.blkio_config", "services.*.credential_spec", "services.*.env_file.[]",
        "services.*.ulimits.*", "services.*.gpus.[]", "services.*.post_start.[]", "services.*.pre_stop.[]",
        "services.*.provider", "services.*.models.*", "networks.*.ipam", "networks.*.ipam.config.[]",
    ];

    private static readonly PatternTable<string> Dropped = new(DroppedIn.Select(p => (p, p)));

    public static MappingNode Prune(MappingNode root) => (MappingNode)Visit(root, TreePath.Root);

    private static Node Visit(Node node, TreePath path) => node switch
    {
        MappingNode mapping => VisitMapping(mapping, path, Dropped.Find(path) is not null),
        SequenceNode sequence => VisitSequence(sequence, path.Child("[]")),
        _ => node,
    };

    private static MappingNode VisitMapping(MappingNode mapping, TreePath path, bool dropExtensions)
    {
        var entries = ImmutableArray.CreateBuilder<NodeEntry>(mapping.Entries.Length);
        var changed = false;
        foreach (var entry in mapping.Entries)
        {
            var isExtension = entry.Key.Value.StartsWith("x-", StringComparison.Ordinal);
            if (isExtension && dropExtensions)
            {
                changed = true;
                continue;
            }

            var value = isExtension ? entry.Value : Visit(entry.Value, path.Child(entry.Key.Value));
            changed |= !ReferenceEquals(value, entry.Value);
            entries.Add(new NodeEntry(entry.Key, value));
        }

        return changed ? mapping.WithEntries(entries.ToImmutable()) : mapping;
    }

    private static SequenceNode VisitSequence(SequenceNode sequence, TreePath itemPath)
    {
        var items = sequence.Items.Select(item => Visit(item, itemPath)).ToArray();
        return items.AsSpan().SequenceEqual(sequence.Items.AsSpan()) ? sequence : sequence.WithItems([.. items]);
    }
}
