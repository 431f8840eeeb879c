using System.Collections.Immutable;

namespace Compose.Planning.Steps;

/// <summary>
/// One engine call in a plan. <see cref="DependsOn"/> lists the ids of steps that must finish first; the executor
/// runs every step whose dependencies are done, at once.
/// </summary>
public abstract record PlanStep
{
    public required int Id { get; init; }

    /// <summary>What the step acts on, as <c>network:default</c>, <c>volume:data</c>, <c>service:web:1</c>.</summary>
    public required string Resource { get; init; }

    /// <summary>Why the planner chose this step, in a few words (<c>not found</c>, <c>config changed</c>).</summary>
    public required string Reason { get; init; }

    public ImmutableArray<int> DependsOn { get; init; } = [];

    /// <summary>The step's kind as printed in plans: the type name without the <c>Step</c> suffix.</summary>
    public string Action => GetType().Name.EndsWith("Step", StringComparison.Ordinal) ? GetType().Name[..^4] : GetType().Name;

    /// <summary>The plan text line: <c>[1,4] -> #5 service:web:1, CreateContainer, no existing container</c>.</summary>
    public sealed override string ToString() => $"[{string.Join(',', DependsOn.Order())}] -> #{Id} {Resource}, {Action}, {Reason}";
}
