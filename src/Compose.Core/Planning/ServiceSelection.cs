using System.Collections.Immutable;
using Compose.Errors;
using Compose.Model;

namespace Compose.Planning;

/// <summary>The services a command acts on: the named ones plus everything they depend on (all when none are named).</summary>
public static class ServiceSelection
{
    public static ImmutableSortedSet<string> WithDependencies(Project project, IEnumerable<string> names, bool includeDependencies = true)
    {
        var requested = names.ToList();
        if (requested.Count == 0)
        {
            return project.Services.Keys.ToImmutableSortedSet(StringComparer.Ordinal);
        }

        var selected = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(requested);
        while (pending.TryPop(out var name))
        {
            if (!project.Services.TryGetValue(name, out var service))
            {
                throw new NoSuchServiceException(name, project.Services.Keys);
            }

            if (selected.Add(name) && includeDependencies)
            {
                foreach (var dependency in service.DependsOn.Keys.Where(project.Services.ContainsKey))
                {
                    pending.Push(dependency);
                }
            }
        }

        return selected.ToImmutable();
    }
}
