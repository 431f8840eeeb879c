using Compose.Model;

namespace Compose.Loading;

/// <summary>
/// The <c>depends_on</c> entries docker compose infers from other references to a service, so it is created and
/// started first: <c>links</c>, and <c>service:NAME</c> namespaces (<c>network_mode</c>, <c>ipc</c>, <c>pid</c>,
/// <c>uts</c>, <c>cgroup</c>), both restarting the dependent when the dependency is recreated (its namespace or
/// address is gone); <c>volumes_from</c> (volumes outlive a recreate, so no restart). An explicit entry wins.
/// References to services that do not exist are left to the consistency checks, which name them.
/// </summary>
public static class ImplicitDependencies
{
    private const string ServicePrefix = "service:";
    private const string ContainerPrefix = "container:";

    public static Service Add(Service service, IReadOnlySet<string> services)
    {
        var inferred = new List<(string Name, bool Restart)>();
        inferred.AddRange(service.Links.Select(link => (link.Split(':')[0], true)));
        foreach (var mode in new[] { service.NetworkMode, service.Ipc, service.Pid, service.Uts, service.Cgroup })
        {
            if (mode is not null && mode.StartsWith(ServicePrefix, StringComparison.Ordinal))
            {
                inferred.Add((mode[ServicePrefix.Length..], true));
            }
        }

        foreach (var source in service.VolumesFrom.Where(v => !v.StartsWith(ContainerPrefix, StringComparison.Ordinal)))
        {
            var name = source.StartsWith(ServicePrefix, StringComparison.Ordinal) ? source[ServicePrefix.Length..] : source;
            inferred.Add((name.Split(':')[0], false));
        }

        var dependsOn = service.DependsOn;
        foreach (var (name, restart) in inferred.Where(d => services.Contains(d.Name) && d.Name != service.Name))
        {
            if (!dependsOn.ContainsKey(name))
            {
                dependsOn = dependsOn.Add(name, new ServiceDependency { Restart = restart });
            }
        }

        return dependsOn == service.DependsOn ? service : service with { DependsOn = dependsOn };
    }
}
