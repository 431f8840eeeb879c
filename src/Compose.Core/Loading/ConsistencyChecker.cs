using Compose.Errors;
using Compose.Graph;
using Compose.Model;

namespace Compose.Loading;

/// <summary>Cross-references the model: networks and dependencies that exist, no dependency cycles, images present.</summary>
public static class ConsistencyChecker
{
    public static void Check(Project project)
    {
        foreach (var service in project.Services.Values)
        {
            if (service.Image is null)
            {
                throw new ComposeException($"service \"{service.Name}\" has neither an image nor a build context specified; add image: (or build:).");
            }

            foreach (var network in service.Networks.Keys.Where(n => !project.Networks.ContainsKey(n)))
            {
                throw new ComposeException($"service \"{service.Name}\" refers to undefined network {network}; declare it under the top-level networks:.");
            }

            foreach (var dependency in service.DependsOn.Where(d => d.Value.Required && !project.Services.ContainsKey(d.Key)))
            {
                throw new ComposeException($"service \"{service.Name}\" depends on undefined service \"{dependency.Key}\"; define it or remove it from depends_on.");
            }
        }

        if (DependencyGraph.For(project).FindCycle() is { } cycle)
        {
            throw new DependencyCycleException(cycle);
        }
    }
}
