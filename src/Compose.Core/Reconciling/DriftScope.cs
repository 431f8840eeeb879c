using System.Collections.Immutable;
using Compose.Model;

namespace Compose.Reconciling;

/// <summary>The engine names of what a project owns, to tell its events from other projects' (network and volume events carry no labels).</summary>
public sealed record DriftScope(string Project, ImmutableHashSet<string> Networks, ImmutableHashSet<string> Volumes)
{
    public static DriftScope Of(Project project) => new(
        project.Name,
        [.. project.Networks.Values.Where(n => !n.External).Select(n => n.Name)],
        [.. project.Volumes.Values.Where(v => !v.External).Select(v => v.Name)]);
}
