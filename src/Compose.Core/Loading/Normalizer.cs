using Compose.Model;

namespace Compose.Loading;

/// <summary>
/// Fills in what docker compose implies: every service without networks (and without <c>network_mode</c>) joins
/// <c>default</c>; references to other services (links, <c>service:</c> namespaces, <c>volumes_from</c>) are
/// dependencies (<see cref="ImplicitDependencies"/>); the <c>default</c> network exists when used; networks and volumes get their engine names
/// (<c>&lt;project&gt;_&lt;key&gt;</c>, an explicit <c>name:</c>, or the key for external ones).
/// </summary>
public static class Normalizer
{
    public const string DefaultNetwork = "default";

    public static Project Normalize(Project project)
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

        return project with
        {
            Services = ModelMaps.From(services),
            Networks = ModelMaps.From(networks.Select(kv => KeyValuePair.Create(kv.Key, kv.Value with { Name = EngineName(project.Name, kv.Key, kv.Value.Name, kv.Value.External) }))),
            Volumes = ModelMaps.From(project.Volumes.Select(kv => KeyValuePair.Create(kv.Key, kv.Value with { Name = EngineName(project.Name, kv.Key, kv.Value.Name, kv.Value.External) }))),
        };
    }

    /// <summary>An explicit name is used as is; an external resource without one is named by its key; else project-scoped.</summary>
    private static string EngineName(string project, string key, string explicitName, bool external) =>
        explicitName.Length > 0 ? explicitName : external ? key : $"{project}_{key}";
}
