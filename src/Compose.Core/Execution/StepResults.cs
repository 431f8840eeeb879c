using System.Collections.Concurrent;
using Compose.Planning.Steps;

namespace Compose.Execution;

/// <summary>What earlier steps produced (a created container's id), read by later steps.</summary>
public sealed class StepResults
{
    private readonly ConcurrentDictionary<int, string> _containerIds = new();

    public void SetContainerId(int step, string id) => _containerIds[step] = id;

    public string ContainerId(ContainerRef container) =>
        container.Id
        ?? (container.CreatedByStep is { } step && _containerIds.TryGetValue(step, out var id)
            ? id
            : throw new InvalidOperationException($"step #{container.CreatedByStep} has not created {container.Name}"));
}
