using Compose.Model;

namespace Compose.Observing;

/// <summary>
/// A project rebuilt from what its resources' labels say, for commands run without the compose files
/// (<c>composectl -p NAME down</c>): services from the containers (with their <c>depends_on</c> label, so the order
/// still holds), networks and volumes from theirs. Only what stopping and removing needs.
/// </summary>
public static class LabelProject
{
    public static Project From(ObservedState observed)
    {
        var services = observed.Containers
            .Where(c => !ContainerFacts.IsOneOff(c) && ContainerFacts.ServiceOf(c) is not null)
            .GroupBy(c => ContainerFacts.ServiceOf(c)!, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, ServiceFrom(observed.Project, g.Key, g.First())));
        var networks = observed.NetworksByName.Values
            .Where(n => n.Labels.ContainsKey(ComposeLabels.Network))
            .Select(n => KeyValuePair.Create(n.Labels[ComposeLabels.Network], new Network { Name = n.Name }));
        var volumes = observed.VolumesByName.Values
            .Where(v => v.Labels.ContainsKey(ComposeLabels.Volume))
            .Select(v => KeyValuePair.Create(v.Labels[ComposeLabels.Volume], new Volume { Name = v.Name }));
        return new Project
        {
            Name = observed.Project,
            WorkingDirectory = observed.Containers.Select(c => c.Label(ComposeLabels.WorkingDir)).FirstOrDefault(d => d is not null) ?? "/",
            Services = ModelMaps.From(services),
            Networks = ModelMaps.From(networks.DistinctBy(n => n.Key)),
            Volumes = ModelMaps.From(volumes.DistinctBy(v => v.Key)),
        };
    }

    private static Service ServiceFrom(string project, string name, Runtime.ContainerInfo container) => new()
    {
        Name = name,
        // An image named after the service is one compose built: null marks it as local (for down --rmi local).
        Image = container.Image == $"{project}-{name}" ? null : container.Image,
        DependsOn = ModelMaps.From(DependsOn(container.Label(ComposeLabels.DependsOn))),
    };

    /// <summary>The services a container's <c>depends_on</c> label names.</summary>
    public static IEnumerable<string> DependenciesOf(Runtime.ContainerInfo container) =>
        DependsOn(container.Label(ComposeLabels.DependsOn)).Select(d => d.Key);

    /// <summary>The <c>com.docker.compose.depends_on</c> label: <c>db:service_healthy:false,cache:service_started:true</c>.</summary>
    private static IEnumerable<KeyValuePair<string, ServiceDependency>> DependsOn(string? label) =>
        (label ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split(':'))
            .Where(parts => parts[0].Length > 0)
            .DistinctBy(parts => parts[0])
            .Select(parts => KeyValuePair.Create(parts[0], new ServiceDependency
            {
                Condition = parts.Length > 1 ? parts[1] : ServiceDependency.Started,
                Restart = parts.Length > 2 && parts[2] == "true",
            }));
}
