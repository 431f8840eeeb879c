using Compose.Loading.Binding;
using Compose.Model;

namespace Compose.Loading;

/// <summary>
/// Fills in what docker compose implies: every service without networks (and without <c>network_mode</c>) joins
/// <c>default</c>; references to other services (links, <c>service:</c> namespaces, <c>volumes_from</c>) are
/// dependencies (<see cref="ImplicitDependencies"/>); the <c>default</c> network exists when used; networks,
/// volumes, secrets and configs get their names as compose-go's <c>setNameFromKey</c> gives them.
/// </summary>
public static class Normalizer
{
    public const string DefaultNetwork = "default";

    /// <param name="project">The bound project.</param>
    /// <param name="sources">What the files wrote: tells a <c>name:</c> that is empty (an unset variable) from none.</param>
    public static Project Normalize(Project project, SourceMap? sources = null)
    {
        var names = project.Services.Keys.ToHashSet(StringComparer.Ordinal);
        var services = project.Services.ToDictionary(
            kv => kv.Key,
            kv => ImplicitDependencies.Add(kv.Value.Networks.IsEmpty && kv.Value.NetworkMode is null
                ? kv.Value with { Networks = kv.Value.Networks.Add(DefaultNetwork, ServiceNetwork.Default) }
                : kv.Value, names),
            StringComparer.Ordinal);

        var networks = project.Networks;
        if (services.Values.Any(s => s.Networks.ContainsKey(DefaultNetwork)) && !networks.ContainsKey(DefaultNetwork))
        {
            networks = networks.Add(DefaultNetwork, new Network { Name = "" });
        }

        var written = sources ?? SourceMap.Empty;
        return project with
        {
            Services = ModelMaps.From(services),
            Networks = ModelMaps.From(networks.Select(kv => KeyValuePair.Create(kv.Key, kv.Value with
            {
                Name = EngineName(project.Name, kv.Key, kv.Value.Name, kv.Value.External, NameWritten(written, "networks", kv.Key)),
            }))),
            Volumes = ModelMaps.From(project.Volumes.Select(kv => KeyValuePair.Create(kv.Key, kv.Value with
            {
                Name = EngineName(project.Name, kv.Key, kv.Value.Name, kv.Value.External, NameWritten(written, "volumes", kv.Key)),
            }))),
            Secrets = ModelMaps.From(project.Secrets.Select(kv => KeyValuePair.Create(kv.Key, Named(project.Name, kv.Key, kv.Value)))),
            Configs = ModelMaps.From(project.Configs.Select(kv => KeyValuePair.Create(kv.Key, Named(project.Name, kv.Key, kv.Value)))),
        };
    }

    /// <summary>
    /// An explicit name is used as is; an external resource without one is named by its key; else project-scoped.
    /// An external one whose <c>name:</c> is written but empty (<c>name: ${UNSET}</c>) keeps the empty name, as
    /// docker compose does: <c>up</c> then refuses it rather than guess which resource was meant.
    /// </summary>
    private static string EngineName(string project, string key, string explicitName, bool external, bool nameWritten) =>
        explicitName.Length > 0 ? explicitName
        : external ? (nameWritten ? "" : key)
        : $"{project}_{key}";

    /// <summary>Secrets and configs by the same rule (docker compose uses their names in swarm mode).</summary>
    private static FileObject Named(string project, string key, FileObject file) => file with
    {
        Name = EngineName(project, key, file.Name ?? "", file.External, nameWritten: file.Name is not null),
    };

    private static bool NameWritten(SourceMap sources, string section, string key) =>
        sources.Has($"{section}.{key}.name") || sources.Has($"{section}.{key}.external.name");
}
