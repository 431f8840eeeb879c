using Compose.Errors;
using Compose.Graph;
using Compose.Loading.Binding;
using Compose.Model;

namespace Compose.Loading;

/// <summary>
/// Cross-references the model: every service can get an image; what services refer to (networks, volumes, secrets,
/// configs, models, other services) exists; <c>container_name</c> is unique and not scaled; no dependency cycles.
/// Errors point at the referring line when the <see cref="SourceMap"/> knows it.
/// </summary>
public static class ConsistencyChecker
{
    public static void Check(Project project, SourceMap? sources = null)
    {
        var report = new ConsistencyReport(sources ?? SourceMap.Empty);
        foreach (var service in project.Services.Values)
        {
            CheckImage(service, report);
            ServiceReferenceChecker.Check(project, service, report);
            CheckContainerName(project, service, report);
            CheckPlatform(service, report);
            CheckNetworkMode(service, report);
        }

        if (DependencyGraph.For(project).FindCycle() is { } cycle)
        {
            throw new DependencyCycleException(cycle, report.Locate($"services.{cycle[0]}.depends_on.{cycle[1]}"));
        }
    }

    private static void CheckImage(Service service, ConsistencyReport report)
    {
        if (service.Image is null && service.Build is null && service.Provider is null)
        {
            throw report.Error($"services.{service.Name}",
                $"service \"{service.Name}\" has neither an image nor a build context specified; add image: (or build:).");
        }
    }

    private static void CheckContainerName(Project project, Service service, ConsistencyReport report)
    {
        if (service.ContainerName is not { } name)
        {
            return;
        }

        if (service.Replicas > 1)
        {
            throw report.Error($"services.{service.Name}.container_name",
                $"service \"{service.Name}\" sets container_name \"{name}\" and runs {service.Replicas} replicas, which cannot share one name; remove container_name or scale to 1.");
        }

        var other = project.Services.Values.FirstOrDefault(s => s.ContainerName == name && string.CompareOrdinal(s.Name, service.Name) < 0);
        if (other is not null)
        {
            throw report.Error($"services.{service.Name}.container_name",
                $"container name \"{name}\" is already used by service \"{other.Name}\"; give each service its own container_name.");
        }
    }

    private static void CheckNetworkMode(Service service, ConsistencyReport report)
    {
        if (service.NetworkMode is not null && !service.Networks.IsEmpty)
        {
            throw report.Error($"services.{service.Name}.network_mode",
                $"service \"{service.Name}\" sets both network_mode and networks, which exclude each other; remove one of them.");
        }
    }

    private static void CheckPlatform(Service service, ConsistencyReport report)
    {
        if (service is { Platform: { } platform, Build.Platforms: { IsEmpty: false } platforms } && !platforms.Contains(platform))
        {
            throw report.Error($"services.{service.Name}.platform",
                $"platform \"{platform}\" is not one of build.platforms ({string.Join(", ", platforms)}); add it there or change platform.");
        }
    }
}
