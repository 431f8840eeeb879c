using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Compose.Errors;
using Compose.Loading.Yaml;
using Compose.Model;

namespace Compose.Loading.Binding;

/// <summary>Binds the merged top-level mapping into a <see cref="Project"/> (before normalization: names not yet resolved).</summary>
public static partial class ProjectBinder
{
    public static Project Bind(MappingNode root, BindingContext context)
    {
        KeyValidator.Check(root, SpecKeys.TopLevel, "");
        if (root["include"] is { } include and not ScalarNode { IsNull: true })
        {
            // Resolved by the Include stage before binding; one left in the tree means that stage did not run.
            throw new ComposeFileException(include.Location, "include", "'include' is not supported by this version of composectl yet.");
        }

        var files = new FileObjectBinder(context);
        return new Project
        {
            Name = context.ProjectName,
            WorkingDirectory = context.ProjectDirectory,
            ConfigFiles = context.ConfigFiles,
            Services = Section(root, "services", (key, node) => ServiceBinder.Bind(key, node, context)),
            Networks = Section(root, "networks", NetworkBinder.Bind),
            Volumes = Section(root, "volumes", (key, node) => VolumeBinder.Bind(key, node, context)),
            Secrets = Section(root, "secrets", files.BindSecret),
            Configs = Section(root, "configs", files.BindConfig),
            Models = Section(root, "models", ModelDefinitionBinder.Bind),
            Extensions = ModelMaps.From(root.Entries
                .Where(e => e.Key.Value.StartsWith("x-", StringComparison.Ordinal))
                .Select(e => KeyValuePair.Create(e.Key.Value, PlainData.From(e.Value)))),
            Environment = ModelMaps.From(context.Variables.Variables),
        };
    }

    /// <summary>A top-level section whose keys are resource names (<c>[a-zA-Z0-9._-]+</c>).</summary>
    private static ImmutableSortedDictionary<string, T> Section<T>(MappingNode root, string section, Func<string, Node, T> bind)
    {
        if (root[section] is not { } node || node is ScalarNode { IsNull: true })
        {
            return ModelMaps.Empty<T>();
        }

        var entries = new List<KeyValuePair<string, T>>();
        foreach (var (key, value) in NodeReader.Mapping(node, section).Entries)
        {
            if (!NamePattern().IsMatch(key.Value))
            {
                throw new ComposeFileException(key.Location, $"{section}.{key.Value}",
                    $"'{key.Value}' is not a valid name; use letters, digits, '.', '_' and '-'.");
            }

            entries.Add(KeyValuePair.Create(key.Value, bind(key.Value, value)));
        }

        return ModelMaps.From(entries);
    }

    [GeneratedRegex("^[a-zA-Z0-9._-]+$")]
    private static partial Regex NamePattern();
}
