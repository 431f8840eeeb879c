using System.Collections.Immutable;
using Compose.Observing;
using Compose.Runtime;

namespace Compose.Operations.Queries;

/// <summary>A compose project found on the engine, for <c>ls</c>: its containers, their states and its config files.</summary>
public sealed record ProjectSummary(string Name, ImmutableArray<ContainerInfo> Containers)
{
    public bool IsRunning => Containers.Any(c => c.State == ContainerState.Running);

    /// <summary><c>running(2), exited(1)</c>: counts per state, in docker compose's form.</summary>
    public string Status => string.Join(", ", Containers
        .GroupBy(c => c.State.ToString().ToLowerInvariant())
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key}({g.Count()})"));

    /// <summary>The config files its containers were made from, comma-separated, each once.</summary>
    public string ConfigFiles => string.Join(',', Containers
        .Select(c => c.Label(ComposeLabels.ConfigFiles)).OfType<string>().Where(f => f.Length > 0).Distinct(StringComparer.Ordinal));
}
