using System.Collections.Concurrent;
using Compose.Planning.Steps;

namespace Compose.Execution;

/// <summary>What earlier steps produced (a created container's id), read by later steps.</summary>
public sealed class StepResults
{
    private readonly ConcurrentDictionary<int, string> _containerIds = new();

    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<string, string>> _containerLabels = new();

    /// <summary>Containers made again in place of one the engine could not start (a stale task): old id → new id.</summary>
    private readonly ConcurrentDictionary<string, string> _replacements = new(StringComparer.Ordinal);

    public void SetContainerId(int step, string id) => _containerIds[step] = id;

    /// <summary>The labels a step created its container with (a message can name the container's service from them).</summary>
    public void SetContainerLabels(int step, IReadOnlyDictionary<string, string> labels) => _containerLabels[step] = labels;

    /// <summary>The labels of a container this plan created; null for one that already existed.</summary>
    public IReadOnlyDictionary<string, string>? ContainerLabels(ContainerRef container) =>
        container.CreatedByStep is { } step && _containerLabels.TryGetValue(step, out var labels) ? labels : null;

    /// <summary>Later steps on <paramref name="container"/> act on <paramref name="newId"/>, made in its place.</summary>
    public void Replace(ContainerRef container, string newId) => _replacements[ContainerId(container)] = newId;

    public string ContainerId(ContainerRef container)
    {
        var id = container.Id
            ?? (container.CreatedByStep is { } step && _containerIds.TryGetValue(step, out var created)
                ? created
                : throw new InvalidOperationException($"step #{container.CreatedByStep} has not created {container.Name}"));
        return _replacements.TryGetValue(id, out var replacement) ? replacement : id;
    }
}
