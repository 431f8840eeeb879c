using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Images;

/// <summary>
/// Which service builds each image. Several services may name one image; it is built once, from the first of them
/// (ordinal order) that has a <c>build</c> section, and the others use it without pulling it.
/// </summary>
public static class ImageBuilders
{
    /// <summary>Image reference → the service whose <c>build</c> section makes it, over the whole project.</summary>
    public static ImmutableSortedDictionary<string, string> Of(Project project)
    {
        var builders = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (name, service) in project.Services.Where(s => s.Value.Build is not null))
        {
            builders.TryAdd(service.ImageName(project.Name), name);
        }

        return builders.ToImmutable();
    }

    /// <summary>The services among <paramref name="services"/> that have a <c>build</c> section, one per image.</summary>
    public static ImmutableArray<string> Distinct(Project project, IEnumerable<string> services)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. services.Order(StringComparer.Ordinal)
            .Where(s => project.Services[s].Build is not null && seen.Add(project.Services[s].ImageName(project.Name)))];
    }
}
