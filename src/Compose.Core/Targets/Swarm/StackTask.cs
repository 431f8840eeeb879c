using System.Collections.Immutable;
using Compose.Runtime.Swarm;

namespace Compose.Targets.Swarm;

/// <summary>
/// One task of a stack as <c>ps --to swarm</c> lists it, like <c>docker stack ps</c>: <c>STACK_SERVICE.SLOT</c>
/// (or <c>.NODEID</c> for a global service), the node it was given to, what it should be and what it is, since when.
/// </summary>
public sealed record StackTask
{
    public required string Id { get; init; }
    public required string Service { get; init; }
    public required string Name { get; init; }
    public required string Image { get; init; }
    public required string Node { get; init; }
    public required string DesiredState { get; init; }
    public required string CurrentState { get; init; }
    public required DateTimeOffset Since { get; init; }
    public string? Error { get; init; }
    public ImmutableArray<SwarmPort> Ports { get; init; } = [];
    public int Slot { get; init; }
}
