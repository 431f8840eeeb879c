using System.Collections.Immutable;
using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Binds the merged top-level mapping into a <see cref="Project"/> (before normalization: names not yet resolved).</summary>
public static class ProjectBinder
{
    public static Project Bind(MappingNode root, string projectName, string workingDirectory, ImmutableArray<string> configFiles)
    {
        KeyValidator.Check(root, SpecKeys.TopLevel, "");
        var services = root["services"] is { } servicesNode && servicesNode is not ScalarNode { IsNull: true }
            ? NodeReader.Mapping(servicesNode, "services").Entries.Select(e => KeyValuePair.Create(e.Key.Value, ServiceBinder.Bind(e.Key.Value, e.Value)))
            : [];
        return new Project
        {
            Name = projectName,
            WorkingDirectory = workingDirectory,
            ConfigFiles = configFiles,
            Services = ModelMaps.From(services),
            Networks = ModelMaps.From(Section(root, "networks").Select(e => KeyValuePair.Create(e.Key.Value, BindNetwork(e.Key.Value, e.Value)))),
            Volumes = ModelMaps.From(Section(root, "volumes").Select(e => KeyValuePair.Create(e.Key.Value, BindVolume(e.Key.Value, e.Value)))),
            Extensions = ModelMaps.From(root.Entries
                .Where(e => e.Key.Value.StartsWith("x-", StringComparison.Ordinal))
                .Select(e => KeyValuePair.Create(e.Key.Value, PlainData.From(e.Value)))),
        };
    }

    private static IEnumerable<NodeEntry> Section(MappingNode root, string key) =>
        root[key] is { } node && node is not ScalarNode { IsNull: true } ? NodeReader.Mapping(node, key).Entries : [];

    /// <summary>A network as written; <see cref="Network.Name"/> holds an explicit <c>name:</c> or empty until normalized.</summary>
    private static Network BindNetwork(string key, Node node)
    {
        var path = $"networks.{key}";
        if (node is ScalarNode { IsNull: true })
        {
            return new Network { Name = "" };
        }

        var mapping = NodeReader.Mapping(node, path);
        KeyValidator.Check(mapping, SpecKeys.Network, path);
        return new Network
        {
            Name = Optional(mapping, "name", path) ?? "",
            Driver = Optional(mapping, "driver", path),
            External = Flag(mapping, "external", path),
            Internal = Flag(mapping, "internal", path),
            Attachable = Flag(mapping, "attachable", path),
            EnableIpv6 = mapping["enable_ipv6"] is { } v6 ? NodeReader.Bool(v6, $"{path}.enable_ipv6") : null,
            DriverOpts = StringMap(mapping, "driver_opts", path),
            Labels = StringMap(mapping, "labels", path),
        };
    }

    private static Volume BindVolume(string key, Node node)
    {
        var path = $"volumes.{key}";
        if (node is ScalarNode { IsNull: true })
        {
            return new Volume { Name = "" };
        }

        var mapping = NodeReader.Mapping(node, path);
        KeyValidator.Check(mapping, SpecKeys.Volume, path);
        return new Volume
        {
            Name = Optional(mapping, "name", path) ?? "",
            Driver = Optional(mapping, "driver", path),
            External = Flag(mapping, "external", path),
            DriverOpts = StringMap(mapping, "driver_opts", path),
            Labels = StringMap(mapping, "labels", path),
        };
    }

    private static string? Optional(MappingNode mapping, string key, string path) =>
        mapping[key] is { } node ? NodeReader.OptionalString(node, $"{path}.{key}") : null;

    private static bool Flag(MappingNode mapping, string key, string path)
    {
        if (mapping[key] is not { } node)
        {
            return false;
        }

        // external: {name: x} is the legacy long form; it still means external.
        return node is MappingNode || NodeReader.Bool(node, $"{path}.{key}");
    }

    private static ImmutableSortedDictionary<string, string> StringMap(MappingNode mapping, string key, string path) =>
        mapping[key] is { } node
            ? ModelMaps.From(NodeReader.KeyValueMap(node, $"{path}.{key}").Select(kv => KeyValuePair.Create(kv.Key, kv.Value ?? "")))
            : ModelMaps.Empty<string>();
}
