using System.Collections.Immutable;
using Compose.Planning.Steps;

namespace Compose.Planning;

/// <summary>Numbers steps as they are added (from 1), so plans are deterministic and their text is stable.</summary>
public sealed class PlanBuilder
{
    private readonly ImmutableArray<PlanStep>.Builder _steps = ImmutableArray.CreateBuilder<PlanStep>();

    public int NextId => _steps.Count + 1;

    /// <summary>Adds a step (its <see cref="PlanStep.Id"/> is assigned here) and returns its id.</summary>
    public int Add(PlanStep step)
    {
        var id = NextId;
        _steps.Add(step with { Id = id, DependsOn = [.. step.DependsOn.Distinct().Order()] });
        return id;
    }

    public Plan Build() => new(_steps.ToImmutable());
}
