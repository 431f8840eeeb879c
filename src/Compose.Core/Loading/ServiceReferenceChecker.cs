using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Loading;

/// <summary>
/// Checks that what one service refers to is defined: networks, named volumes, secrets and configs (also build
/// secrets), models, and other services (<c>depends_on</c>, <c>links</c>, <c>volumes_from</c>, and
/// <c>service:NAME</c> in <c>network_mode</c>, <c>ipc</c> and <c>pid</c>).
/// </summary>
public static class ServiceReferenceChecker
{
    public static void Check(Project project, Service service, ConsistencyReport report)
    {
        var at = $"services.{service.Name}";
        foreach (var network in service.Networks.Keys.Where(n => !project.Networks.ContainsKey(n)))
        {
            throw report.Error($"{at}.networks.{network}", $"service \"{service.Name}\" refers to undefined network {network}; declare it under the top-level networks:.");
        }

        CheckMounts(project, service, report);
        CheckFiles(service.Secrets, project.Secrets, "secret", $"{at}.secrets", service, report);
        CheckFiles(service.Configs, project.Configs, "config", $"{at}.configs", service, report);
        CheckFiles(service.Build?.Secrets ?? [], project.Secrets, "secret", $"{at}.build.secrets", service, report);
        foreach (var model in service.Models.Keys.Where(m => !project.Models.ContainsKey(m)))
        {
            throw report.Error($"{at}.models.{model}", $"service \"{service.Name}\" refers to undefined model {model}; declare it under the top-level models:.");
        }

        ServiceLinkChecker.Check(project, service, report);
    }

    private static void CheckMounts(Project project, Service service, ConsistencyReport report)
    {
        for (var i = 0; i < service.Volumes.Length; i++)
        {
            var mount = service.Volumes[i];
            if (mount is { Type: ServiceMount.Volume, Source: { } source } && !project.Volumes.ContainsKey(source) && !source.Contains('$', StringComparison.Ordinal))
            {
                throw report.Error($"services.{service.Name}.volumes[{i}]",
                    $"service \"{service.Name}\" refers to undefined volume {source}; declare it under the top-level volumes: (or write ./{source} for a directory next to the compose file).");
            }
        }
    }

    private static void CheckFiles(
        ImmutableArray<ServiceFileReference> references,
        ImmutableSortedDictionary<string, FileObject> defined,
        string kind,
        string path,
        Service service,
        ConsistencyReport report)
    {
        for (var i = 0; i < references.Length; i++)
        {
            if (!defined.ContainsKey(references[i].Source))
            {
                throw report.Error($"{path}[{i}]",
                    $"service \"{service.Name}\" refers to undefined {kind} {references[i].Source}; declare it under the top-level {kind}s:.");
            }
        }
    }
}
