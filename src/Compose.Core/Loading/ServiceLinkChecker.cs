using Compose.Model;

namespace Compose.Loading;

/// <summary>References from one service to others: <c>depends_on</c>, <c>links</c>, <c>volumes_from</c>, and <c>service:NAME</c> modes.</summary>
public static class ServiceLinkChecker
{
    public static void Check(Project project, Service service, ConsistencyReport report)
    {
        var at = $"services.{service.Name}";
        foreach (var dependency in service.DependsOn.Where(d => d.Value.Required && !project.Services.ContainsKey(d.Key)))
        {
            throw report.Error($"{at}.depends_on.{dependency.Key}",
                $"service \"{service.Name}\" depends on undefined service \"{dependency.Key}\"; define it or remove it from depends_on.");
        }

        for (var i = 0; i < service.Links.Length; i++)
        {
            Require(project, service, service.Links[i].Split(':')[0], $"{at}.links[{i}]", "links to", report);
        }

        for (var i = 0; i < service.VolumesFrom.Length; i++)
        {
            if (!service.VolumesFrom[i].StartsWith("container:", StringComparison.Ordinal))
            {
                var name = service.VolumesFrom[i].StartsWith("service:", StringComparison.Ordinal) ? service.VolumesFrom[i][8..] : service.VolumesFrom[i];
                Require(project, service, name.Split(':')[0], $"{at}.volumes_from[{i}]", "takes volumes from", report);
            }
        }

        CheckMode(project, service, service.NetworkMode, $"{at}.network_mode", report);
        CheckMode(project, service, service.Ipc, $"{at}.ipc", report);
        CheckMode(project, service, service.Pid, $"{at}.pid", report);
    }

    private static void CheckMode(Project project, Service service, string? mode, string path, ConsistencyReport report)
    {
        if (mode is not null && mode.StartsWith("service:", StringComparison.Ordinal))
        {
            Require(project, service, mode["service:".Length..], path, "shares a namespace with", report);
        }
    }

    private static void Require(Project project, Service service, string name, string path, string relation, ConsistencyReport report)
    {
        if (!project.Services.ContainsKey(name) && !name.Contains('$', StringComparison.Ordinal))
        {
            throw report.Error(path, $"service \"{service.Name}\" {relation} undefined service \"{name}\"; define it or remove the reference.");
        }
    }
}
