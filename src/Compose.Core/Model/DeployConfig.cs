using System.Collections.Immutable;

namespace Compose.Model;

/// <summary>
/// <c>deploy:</c>. Only <see cref="Resources"/> and <see cref="RestartPolicy"/> shape a container; the rest is
/// swarm orchestration (kept for <c>config</c>) or replica count, which the config hash ignores.
/// </summary>
public sealed record DeployConfig
{
    [HashIgnore] public string? Mode { get; init; }
    [HashIgnore] public int? Replicas { get; init; }
    [HashIgnore] public ImmutableSortedDictionary<string, string> Labels { get; init; } = ModelMaps.Empty<string>();
    [HashIgnore] public UpdateConfig? UpdateConfig { get; init; }
    [HashIgnore] public UpdateConfig? RollbackConfig { get; init; }
    public DeployResources? Resources { get; init; }
    public RestartPolicy? RestartPolicy { get; init; }
    [HashIgnore] public Placement? Placement { get; init; }
    [HashIgnore] public string? EndpointMode { get; init; }
}
